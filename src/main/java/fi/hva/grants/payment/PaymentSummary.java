package fi.hva.grants.payment;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What finance and the liaison officer read in the payment tasks' forms. */
@Component
class PaymentSummary {

    private final PaymentBatches batches;
    private final Payments payments;
    private final Messages messages;

    PaymentSummary(PaymentBatches batches, Payments payments, Messages messages) {
        this.batches = batches;
        this.payments = payments;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    String ofBatch(long batchId) {
        PaymentBatch batch = batches.get(batchId);
        var inBatch = batches.inBatch(batch.getId());
        BigDecimal total = inBatch.values().stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("batchSummary.title", batch.messageId(), Messages.DATE.format(batch.getExecutionDate()),
                String.valueOf(inBatch.size()), Messages.euros(total)));
        lines.add("");
        lines.add(messages.get("batchSummary.files", String.valueOf(batch.getId())));
        lines.add("");
        lines.add(messages.get("batchSummary.header"));
        lines.add("|---|---|---|");
        inBatch.forEach((reference, payment) -> lines.add("| %s | %s | %s |".formatted(Markdown.cell(reference),
                Markdown.cell(payment.getIban()), Messages.euros(payment.getAmount()))));
        return String.join("\n", lines);
    }

    @Transactional(readOnly = true)
    String ofFailedPayment(long paymentId) {
        Payment payment = payments.get(paymentId);
        return payments.caseSummary(payment) + "\n\n" + messages.get("paymentSummary.failed",
                String.valueOf(payment.getInstalment()), Messages.euros(payment.getAmount()), Markdown.text(payment.getIban()),
                Markdown.text(payment.getFailureReason()));
    }
}
