package fi.hva.grants.applicant;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a multipart request to the applicant API before anything reads its body, unless it carries the bearer
 * token of a valid, unexpired session: 401 for no session, 429 when the session has used its uploads for the hour
 * ({@link UploadRateLimits}). Spring parses multipart bodies in the DispatcherServlet, after every filter, and this
 * one runs before any filter that could read request parameters ({@link UploadGateConfiguration#ORDER}), so an
 * anonymous upload never reaches the multipart parser or the disk.
 */
class UploadGate extends OncePerRequestFilter {

    private final ApplicantSignIn signIn;
    private final UploadRateLimits rateLimits;
    private final ApplicantProblems problems;
    private final ObjectMapper json;

    UploadGate(ApplicantSignIn signIn, UploadRateLimits rateLimits, ApplicantProblems problems, ObjectMapper json) {
        this.signIn = signIn;
        this.rateLimits = rateLimits;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = ApplicantArgumentResolver.token(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty() || signIn.applicant(token.get()).isEmpty()) {
            refuse(response, problems.unauthorized(new ApplicantUnauthorizedException()));
            return;
        }
        try {
            rateLimits.session(Tokens.hash(token.get()));
        } catch (RateLimitedException e) {
            refuse(response, problems.rateLimited(e));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Sends the answer at once: the client learns it while the server has not read the body it may still be sending. */
    private void refuse(HttpServletResponse response, ResponseEntity<ProblemDetail> problem) throws IOException {
        response.setStatus(problem.getStatusCode().value());
        problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = json.writeValueAsBytes(problem.getBody());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
