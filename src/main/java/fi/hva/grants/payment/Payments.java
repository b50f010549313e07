package fi.hva.grants.payment;

import fi.hva.grants.common.Iban;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
    private final Messages messages;

    public Payments(PaymentRepository repository, List<PayoutSource> sources, Messages messages) {
        this.repository = repository;
        this.sources = sources;
        this.messages = messages;
    }

    /**
     * "Muodosta maksuerät": splits the payout case named by the instance's variables into instalments;
     * the last one takes the cents left over.
     */
    @Transactional
    public List<Payment> schedule(Map<String, Object> variables) {
        PayoutSource source = sources.stream().filter(candidate -> variables.get(candidate.variable()) != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("The payout names no case: " + variables.keySet()));
        PayoutPlan plan = source.plan(variables.get(source.variable()));
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

    @Transactional(readOnly = true)
    public BigDecimal cancelledAmount(String caseNumber) {
        return repository.findByCaseNumberAndStatusIn(caseNumber, EnumSet.of(Payment.Status.CANCELLED))
                .stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Markdown describing the case a failed payment belongs to. */
    @Transactional(readOnly = true)
    public String caseSummary(Payment payment) {
        return sources.stream().filter(source -> source.owns(payment)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No payout source owns payment " + payment.getId()))
                .summary(payment);
    }

    Payment get(Object paymentId) {
        long id = ((Number) paymentId).longValue();
        return repository.findById(id).orElseThrow(() -> new IllegalStateException("No payment with id " + id));
    }
}
