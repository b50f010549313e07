package fi.hva.grants.register;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.Now;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Checks an application's association against the register and keeps the latest result, keyed by the
 * application, in the caller's transaction: the job's, or the task's whose case summary is built. Not
 * transactional itself: a failing lookup must not mark the job's transaction for rollback, because the
 * job's last attempt still records the check as not made. And no transaction of its own: the check may
 * have been written, not yet committed, by the very transaction that builds the summary.
 */
@Service
public class RegisterChecks {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterChecks.class);

    private final CompanyRegister register;
    private final RegisterCheckRepository checks;
    private final RegisterProperties properties;

    RegisterChecks(CompanyRegister register, RegisterCheckRepository checks, RegisterProperties properties) {
        this.register = register;
        this.checks = checks;
        this.properties = properties;
    }

    /**
     * Looks the business id up and stores the answer.
     *
     * @throws RegisterUnavailableException when the register does not answer; nothing is stored
     */
    public RegisterCheck check(long applicationId, String businessId) {
        String canonical = BusinessId.normalize(businessId);
        if (canonical == null || canonical.isBlank()) {
            return store(applicationId, null, RegisterOutcome.NO_BUSINESS_ID, null);
        }
        Optional<RegisterEntry> entry = register.find(canonical);
        return store(applicationId, canonical, entry.isPresent() ? RegisterOutcome.FOUND : RegisterOutcome.NOT_FOUND,
                entry.orElse(null));
    }

    /** The register stayed down through the retries: the application goes on, flagged for a check by hand. */
    public RegisterCheck recordUnavailable(long applicationId, String businessId) {
        return store(applicationId, BusinessId.normalize(businessId), RegisterOutcome.UNAVAILABLE, null);
    }

    /**
     * The check the officer reads: the stored one while it is younger than {@code grants.register.max-age}
     * and made for this business id; otherwise looked up again and stored. When the register is down the
     * stored check stays as it is. Outside a writable transaction the fresh answer is shown but not kept.
     */
    public Optional<RegisterCheck> current(long applicationId, String businessId) {
        Optional<RegisterCheck> stored = checks.findById(applicationId);
        if (stored.isPresent() && isFresh(stored.get(), BusinessId.normalize(businessId))) {
            return stored;
        }
        try {
            return Optional.of(check(applicationId, businessId));
        } catch (RegisterUnavailableException e) {
            LOG.warn("Register check of application {} kept as it was: {}", applicationId, e.getMessage());
            return stored;
        } catch (RuntimeException e) {
            // The officer's task must open whatever goes wrong here; the stored check, or the flag of none, says what is known.
            LOG.error("Register check of application {} could not be refreshed", applicationId, e);
            return stored;
        }
    }

    private boolean isFresh(RegisterCheck check, String businessId) {
        return check.getOutcome() != RegisterOutcome.UNAVAILABLE
                && Objects.equals(check.getBusinessId(), businessId)
                && check.getCheckedAt().plus(properties.maxAge()).isAfter(Now.instant());
    }

    private RegisterCheck store(long applicationId, String businessId, RegisterOutcome outcome, RegisterEntry entry) {
        RegisterCheck check = checks.findById(applicationId).orElseGet(() -> new RegisterCheck(applicationId));
        Instant now = Now.instant();
        check.record(businessId, outcome, entry, now);
        return checks.save(check);
    }
}
