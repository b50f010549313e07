package fi.hva.grants.payment;

import fi.hva.grants.common.Iban;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.Applications;
import fi.hva.grants.grant.GrantApplication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instalments of a granted application. The first falls due when the decision is final, each
 * further one three months after the previous; bean name used in the payout model's expressions.
 */
@Service("payments")
public class Payments {

    static final int MONTHS_BETWEEN_INSTALMENTS = 3;

    private final PaymentRepository repository;
    private final Applications applications;
    private final Messages messages;

    public Payments(PaymentRepository repository, Applications applications, Messages messages) {
        this.repository = repository;
        this.applications = applications;
        this.messages = messages;
    }

    /** Splits the granted amount into the call's instalments; the last one takes the cents left over. */
    @Transactional
    public List<Payment> schedule(Object applicationId) {
        GrantApplication application = applications.get(applicationId);
        int count = application.getCall().getInstalments();
        BigDecimal share = application.getDecidedAmount().divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        LocalDate first = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        for (int i = 1; i <= count; i++) {
            BigDecimal amount = i < count ? share
                    : application.getDecidedAmount().subtract(share.multiply(BigDecimal.valueOf(count - 1L)));
            repository.save(new Payment(application.getId(), i, count, amount, application.getIban(),
                    first.plusMonths((long) MONTHS_BETWEEN_INSTALMENTS * (i - 1))));
        }
        return repository.findByApplicationIdOrderByInstalment(application.getId());
    }

    @Transactional(readOnly = true)
    public List<Long> idsOf(Object applicationId) {
        return repository.findByApplicationIdOrderByInstalment(((Number) applicationId).longValue()).stream()
                .map(Payment::getId).toList();
    }

    @Transactional(readOnly = true)
    public Date dueAt(Object paymentId) {
        return Date.from(get(paymentId).getDueOn().atStartOfDay(Now.HELSINKI).toInstant());
    }

    @Transactional
    public void markReady(Object paymentId) {
        get(paymentId).markReady();
    }

    @Transactional(readOnly = true)
    public boolean isPaid(Object paymentId) {
        return get(paymentId).getStatus() == Payment.Status.PAID;
    }

    @Transactional
    public void correct(Object paymentId, String iban) {
        if (!Iban.isValid(iban)) {
            throw new InvalidInputException(List.of(messages.get("payment.iban.invalid", String.valueOf(iban))));
        }
        get(paymentId).correct(Iban.normalize(iban));
    }

    /** The association declined the grant: what is not yet paid is cancelled and returned to the appropriation. */
    @Transactional
    public BigDecimal cancelUnpaid(Object applicationId) {
        List<Payment> unpaid = repository.findByApplicationIdAndStatusIn(((Number) applicationId).longValue(),
                EnumSet.of(Payment.Status.SCHEDULED, Payment.Status.READY, Payment.Status.FAILED));
        unpaid.forEach(Payment::cancel);
        return unpaid.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Transactional(readOnly = true)
    public BigDecimal cancelledAmount(Object applicationId) {
        return repository.findByApplicationIdAndStatusIn(((Number) applicationId).longValue(), EnumSet.of(Payment.Status.CANCELLED))
                .stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Payment get(Object paymentId) {
        long id = ((Number) paymentId).longValue();
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No payment with id " + id));
    }
}
