package fi.hva.grants.applicant;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The applicant page's addresses and the applicant argument of the API's controllers. */
@Configuration
class ApplicantWebConfiguration implements WebMvcConfigurer {

    static final String PAGE = "forward:/applicant/index.html";

    private final ApplicantArgumentResolver applicantResolver;

    ApplicantWebConfiguration(ApplicantArgumentResolver applicantResolver) {
        this.applicantResolver = applicantResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(applicantResolver);
    }

    /** /hae/{call} is the application page of an open call, /asiointi the applicant's own cases. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/hae/{callCode}").setViewName(PAGE);
        registry.addViewController("/asiointi").setViewName(PAGE);
    }
}
