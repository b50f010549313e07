package fi.hva.grants.applicant;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method its {@link Applicant} from the bearer token of the request. The
 * applicant API has no cookies, so it needs no CSRF protection; it never touches the officers'
 * Camunda sessions or /engine-rest.
 */
@Component
class ApplicantArgumentResolver implements HandlerMethodArgumentResolver {

    private static final String BEARER = "Bearer ";

    private final ApplicantSignIn signIn;

    ApplicantArgumentResolver(ApplicantSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Applicant.class);
    }

    @Override
    public Applicant resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                     NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return token(webRequest.getHeader(HttpHeaders.AUTHORIZATION))
                .flatMap(signIn::applicant)
                .orElseThrow(ApplicantUnauthorizedException::new);
    }

    static java.util.Optional<String> token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return java.util.Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() || token.length() > 100 ? java.util.Optional.empty() : java.util.Optional.of(token);
    }
}
