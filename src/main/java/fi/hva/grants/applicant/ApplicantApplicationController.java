package fi.hva.grants.applicant;

import fi.hva.grants.common.Messages;
import fi.hva.grants.decision.DecisionLetter;
import fi.hva.grants.grant.ApplicationAttachment;
import fi.hva.grants.grant.AttachmentKind;
import fi.hva.grants.grant.Attachments;
import fi.hva.grants.grant.GrantApplication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.util.WebUtils;

@RestController
@RequestMapping("/api/applicant/applications")
@Tag(name = "Hakemukset", description = "Hakemuksen jättäminen, liitteet, tila, päätöskirjeet ja viestit")
class ApplicantApplicationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final ElectronicSubmissions submissions;
    private final SubmissionFields fields;
    private final ApplicantCases cases;
    private final Attachments attachments;
    private final RateLimits rateLimits;
    private final UploadRateLimits uploadRateLimits;
    private final ApplicantProperties properties;
    private final Messages messages;

    ApplicantApplicationController(ElectronicSubmissions submissions, SubmissionFields fields, ApplicantCases cases,
                                          Attachments attachments, RateLimits rateLimits, UploadRateLimits uploadRateLimits,
                                          ApplicantProperties properties, Messages messages) {
        this.submissions = submissions;
        this.fields = fields;
        this.cases = cases;
        this.attachments = attachments;
        this.rateLimits = rateLimits;
        this.uploadRateLimits = uploadRateLimits;
        this.properties = properties;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Jätä hakemus (application/json, hakulomakkeen kentät)",
            description = "Sama Idempotency-Key (tai ilman sitä sama sisältö) palauttaa jo jätetyn hakemuksen eikä luo toista. "
                    + "Sama avain toisenlaisella sisällöllä torjutaan (422).")
    public ResponseEntity<ApplicationView> submit(Applicant applicant,
                                                  @Parameter(description = "Asiakkaan avain, esim. UUID lomakkeen latauskerralle")
                                                  @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                                  HttpServletRequest request) throws IOException {
        rateLimits.address(request.getRemoteAddr());
        ElectronicSubmissions.checkKey(idempotencyKey, messages);
        String body = jsonBody(request);
        var values = fields.read(body);
        String fingerprint = fields.fingerprint(values);
        String key = idempotencyKey != null ? idempotencyKey : ElectronicSubmissions.keyOf(fingerprint);
        Optional<GrantApplication> previous = submissions.previous(applicant, key, fingerprint);
        if (previous.isPresent()) {
            return replay(previous.get());
        }
        rateLimits.association(applicant.businessId());
        GrantApplication application;
        try {
            application = submissions.submit(applicant, key, fingerprint, values);
        } catch (DataAccessException e) {
            if (!ElectronicSubmissions.lostRaceForKey(e)) {
                throw e;
            }
            return replay(awaitPrevious(applicant, key, fingerprint, e));
        }
        return ResponseEntity.created(URI.create("/api/applicant/applications/" + application.getApplicationNumber()))
                .body(cases.summary(application));
    }

    @GetMapping
    @Operation(summary = "Omat hakemukset")
    public List<ApplicationView> list(Applicant applicant) {
        return cases.list(applicant);
    }

    @GetMapping("/{number}")
    @Operation(summary = "Hakemuksen tila, täydennyspyynnöt, liitteet, päätöskirjeet ja viestit")
    public ApplicationView read(Applicant applicant, @PathVariable String number) {
        return cases.read(applicant, number);
    }

    /**
     * The multipart body is parsed only here, after the session (checked before the body is read, {@link UploadGate}),
     * the application's owner and its upload limit: {@code spring.servlet.multipart.resolve-lazily} keeps Spring from
     * parsing it earlier.
     */
    @PostMapping("/{number}/attachments")
    @Operation(summary = "Lisää liite (PDF, ODT, DOCX tai XLSX)",
            description = "kind: BUDGET, ACTION_PLAN, FINANCIAL_STATEMENTS, ANNUAL_REPORT tai OTHER. Tyyppi tunnistetaan sisällöstä.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = AttachmentUpload.class))))
    public ResponseEntity<ApplicationView.AttachmentView> attach(Applicant applicant, @PathVariable String number,
                                                                 HttpServletRequest request) throws IOException, MissingServletRequestPartException {
        GrantApplication application = cases.own(applicant, number);
        uploadRateLimits.application(application.getId());
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (file == null) {
            throw new MissingServletRequestPartException("file");
        }
        attachments.checkSize(file.getSize());
        ApplicationAttachment stored = attachments.add(application, AttachmentKind.named(multipart.getParameter("kind")), file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ApplicationView.AttachmentView(stored.getId(),
                stored.getKind().name(), stored.getFileName(), stored.getContentType(), stored.getSizeBytes(), stored.getUploadedAt()));
    }

    /** The parts of an upload, for the OpenAPI description. */
    record AttachmentUpload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"BUDGET", "ACTION_PLAN",
            "FINANCIAL_STATEMENTS", "ANNUAL_REPORT", "OTHER"}) String kind,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary") MultipartFile file) {
    }

    @GetMapping("/{number}/letters/{letterId}")
    @Operation(summary = "Päätöskirje (PDF)")
    public ResponseEntity<byte[]> letter(Applicant applicant, @PathVariable String number, @PathVariable long letterId) {
        DecisionLetter letter = cases.letter(applicant, number, letterId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(letter.getFileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .body(letter.getContent());
    }

    private ResponseEntity<ApplicationView> replay(GrantApplication application) {
        return ResponseEntity.ok().header(REPLAYED, "true").body(cases.summary(application));
    }

    /** A simultaneous request with the same key won the unique index; its application is what this one gets. */
    private GrantApplication awaitPrevious(Applicant applicant, String key, String fingerprint, DataAccessException failure) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<GrantApplication> previous = submissions.previous(applicant, key, fingerprint);
            if (previous.isPresent()) {
                return previous.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ConcurrentSubmissionException(failure);
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private String jsonBody(HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            throw UnsupportedBodyException.wrongType();
        }
        long max = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw UnsupportedBodyException.tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw UnsupportedBodyException.tooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
