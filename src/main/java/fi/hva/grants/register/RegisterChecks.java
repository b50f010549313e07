package fi.hva.grants.register;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.Now;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an application's association against the register and keeps the latest result, keyed by the
 * application. Not transactional itself: a failing lookup must not mark the surrounding job's
 * transaction for rollback, because the job's last attempt still records the check as not made.
 */
@Service
public class RegisterChecks {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterChecks.class);

    private final CompanyRegister register;
    private final RegisterCheckRepository checks;
    private final RegisterProperties properties;
    private final TransactionTemplate separately;

    RegisterChecks(CompanyRegister register, RegisterCheckRepository checks, RegisterProperties properties,
                   PlatformTransactionManager transactions) {
        this.register = register;
        this.checks = checks;
        this.properties = properties;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
     * and made for this business id; otherwise looked up again and stored in a transaction of its own (the
     * case summary is read in a read-only one). When the register is down the stored check stays as it is.
     */
    public Optional<RegisterCheck> current(long applicationId, String businessId) {
        Optional<RegisterCheck> stored = checks.findById(applicationId);
        if (stored.isPresent() && isFresh(stored.get(), BusinessId.normalize(businessId))) {
            return stored;
        }
        try {
            return Optional.of(separately.execute(status -> check(applicationId, businessId)));
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
