package org.emporium.comment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The comment service: product reviews, moderation, verified buyers and helpful votes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommentApplication {
    public static void main(String[] args) {
        SpringApplication.run(CommentApplication.class, args);
    }
}
