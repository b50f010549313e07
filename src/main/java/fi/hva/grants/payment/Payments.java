package fi.hva.grants.payment;

import fi.hva.grants.common.Iban;
import fi.hva.grants.common.Now;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instalments of a payout case. The first falls due on the plan's first date, each further one
 * three months after the previous; bean name used in the payout model's expressions.
 */
@Service("payments")
public class Payments {

    static final int MONTHS_BETWEEN_INSTALMENTS = 3;

    private final PaymentRepository repository;
    private final List<PayoutSource> sources;

    Payments(PaymentRepository repository, List<PayoutSource> sources) {
        this.repository = repository;
        this.sources = sources;
    }

    /**
     * "Muodosta maksuerät": splits the payout case into instalments, planned by the source of the case's
     * kind; the last one takes the cents left over.
     */
    @Transactional
    List<Payment> schedule(PayoutCaseId caseId) {
        PayoutSource source = sources.stream().filter(candidate -> candidate.purpose() == caseId.purpose()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No payout source pays " + caseId.purpose()));
        PayoutPlan plan = source.plan(caseId.id());
        int count = plan.instalments();
        BigDecimal share = plan.total().divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        for (int i = 1; i <= count; i++) {
            BigDecimal amount = i < count ? share : plan.total().subtract(share.multiply(BigDecimal.valueOf(count - 1L)));
            repository.save(new Payment(plan.payoutCase(), i, count, amount,
                    plan.firstDueOn().plusMonths((long) MONTHS_BETWEEN_INSTALMENTS * (i - 1))));
        }
        return repository.findByCaseNumberOrderByInstalment(plan.payoutCase().caseNumber());
    }

    @Transactional(readOnly = true)
    public List<Long> idsOfCase(String caseNumber) {
        return repository.findByCaseNumberOrderByInstalment(caseNumber).stream().map(Payment::getId).toList();
    }

    @Transactional(readOnly = true)
    public Date dueAt(long paymentId) {
        return Date.from(get(paymentId).getDueOn().atStartOfDay(Now.HELSINKI).toInstant());
    }

    @Transactional
    void markReady(long paymentId) {
        get(paymentId).markReady();
    }

    @Transactional(readOnly = true)
    public boolean isPaid(long paymentId) {
        return get(paymentId).getStatus() == Payment.Status.PAID;
    }

    /** "Tallenna korjatut maksutiedot": the account the payment goes to in the next batch. */
    @Transactional
    void correct(long paymentId, Iban iban) {
        get(paymentId).correct(iban.value());
    }

    /**
     * The grant was declined or the agreement ended: what is not yet paid is cancelled and returned to
     * the appropriation. A payment already in a batch sent to the bank is left to finance's confirmation.
     */
    @Transactional
    public BigDecimal cancelUnpaid(String caseNumber) {
        List<Payment> unpaid = repository.findByCaseNumberAndStatusIn(caseNumber,
                EnumSet.of(Payment.Status.SCHEDULED, Payment.Status.READY, Payment.Status.FAILED));
        unpaid.forEach(Payment::cancel);
        return unpaid.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the case has instalments and every one of them is paid. */
    @Transactional(readOnly = true)
    public boolean allPaid(String caseNumber) {
        List<Payment> all = repository.findByCaseNumberOrderByInstalment(caseNumber);
        return !all.isEmpty() && all.stream().allMatch(payment -> payment.getStatus() == Payment.Status.PAID);
    }

    /** Whether any instalment of the case was paid or is in a batch sent to the bank. */
    @Transactional(readOnly = true)
    public boolean anyPaidOrSent(String caseNumber) {
        return !repository.findByCaseNumberAndStatusIn(caseNumber, EnumSet.of(Payment.Status.PAID, Payment.Status.IN_BATCH)).isEmpty();
    }

    @Transactional(readOnly = true)
    public BigDecimal cancelledAmount(String caseNumber) {
        return repository.findByCaseNumberAndStatusIn(caseNumber, EnumSet.of(Payment.Status.CANCELLED))
                .stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Markdown describing the case a failed payment belongs to. */
    @Transactional(readOnly = true)
    String caseSummary(Payment payment) {
        return sources.stream().filter(source -> source.owns(payment)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No payout source owns payment " + payment.getId()))
                .summary(payment);
    }

    Payment get(long paymentId) {
        return repository.findById(paymentId).orElseThrow(() -> new IllegalStateException("No payment with id " + paymentId));
    }
}
