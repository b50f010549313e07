package fi.hva.grants.applicant;

import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.grant.AttachmentQuotaExceededException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.notification.MailDeliveryException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every error of the applicant API is an RFC 7807 problem detail with a Finnish title and detail;
 * input problems also list each problem under {@code problems}.
 */
@RestControllerAdvice(basePackageClasses = ApplicantProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicantProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicantProblems.class);
    private static final String TYPE = "urn:hva-grants:problem:";
    private static final Duration RETRY_AFTER_UNAVAILABLE = Duration.ofSeconds(5);

    private final Messages messages;
    private final ApplicantProperties properties;

    ApplicantProblems(Messages messages, ApplicantProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", e.problems());
    }

    @ExceptionHandler(ProcessEngineException.class)
    public ResponseEntity<ProblemDetail> engine(ProcessEngineException e) {
        return unexpected(e);
    }

    @ExceptionHandler(AttachmentQuotaExceededException.class)
    public ResponseEntity<ProblemDetail> attachmentsFull(AttachmentQuotaExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "attachments-full", e.problems());
    }

    /**
     * The database failed (unreachable, timed out, a lock not granted, a constraint other than a submission key
     * stored a moment ago): the transaction was rolled back, so nothing was stored and the same request may be
     * sent again. The page keeps the form and its Idempotency-Key, so a retry cannot make two applications.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    public ResponseEntity<ProblemDetail> unavailable(Exception e) {
        LOG.warn("Applicant API: database failure, answered 503", e);
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                List.of(messages.get("applicant.unavailable")));
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_UNAVAILABLE.toSeconds()))
                .body(problem.getBody());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    public ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable", List.of(messages.get("applicant.body.invalidJson")));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MissingRequestHeaderException.class, MultipartException.class})
    public ResponseEntity<ProblemDetail> missingPart(Exception e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", List.of(messages.get("applicant.body.tooLarge")));
        }
        return problem(HttpStatus.BAD_REQUEST, "missing-part", List.of(messages.get("applicant.request.incomplete")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content-type", List.of(messages.get("applicant.body.contentType")));
    }

    @ExceptionHandler(UnsupportedBodyException.class)
    public ResponseEntity<ProblemDetail> body(UnsupportedBodyException e) {
        return e.isTooLarge()
                ? problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", List.of(messages.get("applicant.body.tooLarge")))
                : problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content-type", List.of(messages.get("applicant.body.contentType")));
    }

    @ExceptionHandler(ApplicantUnauthorizedException.class)
    public ResponseEntity<ProblemDetail> unauthorized(ApplicantUnauthorizedException e) {
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.UNAUTHORIZED, "sign-in", List.of(messages.get(
                properties.signIn() == ApplicantProperties.SignInMode.SUOMIFI ? "applicant.signIn.required.suomifi" : "applicant.signIn.required")));
        return ResponseEntity.status(problem.getStatusCode()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(problem.getBody());
    }

    @ExceptionHandler(SignInNotOfferedException.class)
    public ResponseEntity<ProblemDetail> signInNotOffered(SignInNotOfferedException e) {
        return problem(HttpStatus.NOT_FOUND, "sign-in-not-offered", List.of(messages.get("applicant.signIn.notOffered")));
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(ApplicationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", List.of(messages.get("applicant.application.notFound")));
    }

    @ExceptionHandler(PartnershipNotFoundException.class)
    public ResponseEntity<ProblemDetail> partnershipNotFound(PartnershipNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", List.of(messages.get("applicant.partnership.notFound")));
    }

    @ExceptionHandler(CallNotOpenException.class)
    public ResponseEntity<ProblemDetail> callNotOpen(CallNotOpenException e) {
        return problem(HttpStatus.NOT_FOUND, "call-not-open", List.of(messages.get("applicant.call.notOpen")));
    }

    @ExceptionHandler(RateLimitedException.class)
    public ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ResponseEntity<ProblemDetail> problem = problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                List.of(messages.get("applicant.rateLimited")));
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem.getBody());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    public ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", List.of(messages.get("applicant.idempotencyKey.reused")));
    }

    @ExceptionHandler(ConcurrentSubmissionException.class)
    public ResponseEntity<ProblemDetail> concurrent(ConcurrentSubmissionException e) {
        return problem(HttpStatus.CONFLICT, "in-progress", List.of(messages.get("applicant.submission.inProgress")));
    }

    @ExceptionHandler(MailDeliveryException.class)
    public ResponseEntity<ProblemDetail> mail(MailDeliveryException e) {
        LOG.warn("Sign-in link could not be mailed", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "mail", List.of(messages.get("applicant.mail.failed")));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        InvalidInputException input = invalidInputCause(e);
        if (input != null) {
            return invalidInput(input);
        }
        if (isDatabaseFailure(e)) {
            return unavailable(e);
        }
        LOG.error("Applicant API failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", List.of(messages.get("applicant.unexpected")));
    }

    /** Invalid input thrown inside the engine (the start's validation) arrives wrapped. */
    private static InvalidInputException invalidInputCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException input) {
                return input;
            }
        }
        return null;
    }

    /** The engine wraps the failures of its own statements (MyBatis) and of our delegates' JPA statements. */
    private static boolean isDatabaseFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof DataAccessException || cause instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, List<String> problems) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, String.join(" ", problems));
        detail.setType(URI.create(TYPE + type));
        detail.setTitle(messages.get("applicant.problem." + type));
        detail.setProperty("problems", problems);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
