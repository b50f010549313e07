package fi.hva.grants.applicant;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.grant.ApplicationFormFields;
import fi.hva.grants.grant.ApplicationValidator;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.process.ProcessKeys;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An association's application starts the same process start as a paper one, on the electronic
 * channel, through the engine's Java API: the applicant never needs Camunda credentials. The
 * idempotency key is stored in the starting transaction, so a retry finds the first application and
 * a simultaneous second request fails on the key's unique index instead of creating another one.
 */
@Service
class ElectronicSubmissions {

    private static final String UNIQUE_VIOLATION = "23505";
    /** The unique index of V10__applicant_e_service.sql on (business_id, idempotency_key). */
    private static final String KEY_INDEX = "ux_applicant_submission_key";

    private final RuntimeService runtimeService;
    private final SubmissionRepository submissions;
    private final ApplicantApplicationRepository applications;
    private final ApplicationValidator validator;
    private final Messages messages;

    ElectronicSubmissions(RuntimeService runtimeService, SubmissionRepository submissions,
                                 ApplicantApplicationRepository applications, ApplicationValidator validator, Messages messages) {
        this.runtimeService = runtimeService;
        this.submissions = submissions;
        this.applications = applications;
        this.validator = validator;
        this.messages = messages;
    }

    /** The application an earlier submission with this key created; the same key with other content is refused. */
    @Transactional(readOnly = true)
    public Optional<GrantApplication> previous(Applicant applicant, String idempotencyKey, String fingerprint) {
        Optional<Submission> previous = submissions.findByBusinessIdAndIdempotencyKey(applicant.businessId(), idempotencyKey);
        if (previous.isPresent() && !previous.get().hasContent(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        return previous.map(Submission::getApplicationId).flatMap(applications::findById);
    }

    @Transactional
    public GrantApplication submit(Applicant applicant, String idempotencyKey, String fingerprint, SubmittedApplication submitted) {
        Map<String, Object> fields = submitted.values();
        checkApplicant(applicant, fields);
        // The process start checks everything again; this only spares the engine the obviously invalid.
        validator.checkFields(ApplicationFormFields.read(fields));
        Submission submission = submissions.saveAndFlush(new Submission(applicant.businessId(), idempotencyKey, fingerprint, Now.instant()));
        Map<String, Object> variables = new java.util.HashMap<>(fields);
        variables.put(ApplicationFormFields.CHANNEL, Channel.ELECTRONIC.name());
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(ProcessKeys.APPLICATION_PROCESS)
                .setVariables(variables)
                .execute();
        GrantApplication application = applications.findByProcessInstanceId(instance.getId())
                .orElseThrow(() -> new IllegalStateException("The application process " + instance.getId() + " stored no application"));
        submission.created(application.getId());
        return application;
    }

    /**
     * An applicant applies in their own association's name. A contact person must also name their own address, or
     * they could not follow the case ({@link Applicant#follows}); a representative may name any contact person.
     */
    private void checkApplicant(Applicant applicant, Map<String, Object> fields) {
        String writtenId = FormValues.text(fields.get(ApplicationFormFields.BUSINESS_ID));
        String email = ApplicantSignIn.normalizeEmail((String) fields.get(ApplicationFormFields.CONTACT_EMAIL));
        Problems problems = new Problems(messages);
        problems.addIf(writtenId != null && !BusinessId.parse(writtenId).map(BusinessId::value).equals(Optional.of(applicant.businessId())),
                "applicant.businessId.notOwn", applicant.businessId());
        problems.addIf(!applicant.representative() && email != null && !email.equals(applicant.email()),
                "applicant.email.notOwn", applicant.email());
        problems.throwIfAny();
    }

    /**
     * Whether a submission failed because another request with the same key stored it first: a unique violation
     * (SQLSTATE 23505 on PostgreSQL and H2) of the key's index. Any other database failure stored nothing either,
     * but says nothing about another request, so it is not "in progress".
     */
    static boolean lostRaceForKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(KEY_INDEX)) {
                return true;
            }
        }
        return false;
    }

    /** The key of a submission without an Idempotency-Key header: the same content is the same submission. */
    static String keyOf(String fingerprint) {
        return "sha256:" + fingerprint;
    }

    static void checkKey(String key, Messages messages) {
        if (key != null && (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new InvalidInputException(List.of(messages.get("applicant.idempotencyKey.invalid")));
        }
    }
}
