package org.emporium.comment.infrastructure.config;

import java.time.Duration;
import org.emporium.comment.domain.ModerationPolicy;
import org.emporium.comment.domain.SubmissionLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's configurable rules, from {@code emporium.comment.*}. */
@Configuration(proxyBeanMethods = false)
class CommentConfiguration {

    @Bean
    ModerationPolicy moderationPolicy(
            @Value("${emporium.comment.moderation.auto-approve-verified-buyers:true}") boolean autoApprove) {
        return new ModerationPolicy(autoApprove);
    }

    @Bean
    SubmissionLimit submissionLimit(
            @Value("${emporium.comment.submissions.max:10}") int max,
            @Value("${emporium.comment.submissions.window:1h}") Duration window) {
        return new SubmissionLimit(max, window);
    }
}
