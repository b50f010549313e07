package fi.hva.grants.applicant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the {@link UploadGate} in front of the applicant API. */
@Configuration
class UploadGateConfiguration {

    /**
     * Right after Spring's character-encoding and observation filters, which do not read the body, and before any
     * filter that might read request parameters (and so parse a multipart body).
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    FilterRegistrationBean<UploadGate> uploadGate(ApplicantSignIn signIn, UploadRateLimits rateLimits, ApplicantProblems problems,
                                                  ObjectMapper json) {
        FilterRegistrationBean<UploadGate> registration = new FilterRegistrationBean<>(new UploadGate(signIn, rateLimits, problems, json));
        registration.addUrlPatterns("/api/applicant/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
