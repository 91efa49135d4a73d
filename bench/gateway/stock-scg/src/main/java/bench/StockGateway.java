package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Cloud Gateway as it comes: the one route is in application.yml, everything else is the default. */
@SpringBootApplication
public class StockGateway {
    public static void main(String[] args) {
        SpringApplication.run(StockGateway.class, args);
    }
}
