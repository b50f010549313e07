package fi.hva.grants.payment;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.payment.export.Pain001Writer;
import fi.hva.grants.payment.export.PaymentCsvWriter;
import fi.hva.grants.payment.export.PaymentDebtorProperties;
import fi.hva.grants.payment.export.PaymentInstruction;
import fi.hva.grants.process.ProcessKeys;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment batches for finance: collects the instalments that are due, makes the SEPA and CSV files,
 * records what finance confirms, and tells each payout how its payment went.
 */
@Service("paymentBatches")
class PaymentBatches {

    private final PaymentBatchRepository batches;
    private final PaymentRepository payments;
    private final Pain001Writer pain001;
    private final PaymentCsvWriter csv;
    private final PaymentDebtorProperties debtor;
    private final RuntimeService runtimeService;
    private final Messages messages;

    PaymentBatches(PaymentBatchRepository batches, PaymentRepository payments,
                          Pain001Writer pain001, PaymentCsvWriter csv, PaymentDebtorProperties debtor,
                          RuntimeService runtimeService, Messages messages) {
        this.batches = batches;
        this.payments = payments;
        this.pain001 = pain001;
        this.csv = csv;
        this.debtor = debtor;
        this.runtimeService = runtimeService;
        this.messages = messages;
    }

    /** A new batch of every payment ready to be paid, or nothing when none is. */
    @Transactional
    public Optional<Long> collect() {
        List<Payment> ready = payments.findByStatusOrderById(Payment.Status.READY);
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        PaymentBatch batch = batches.save(new PaymentBatch(Now.instant(), LocalDate.ofInstant(Now.instant(), Now.HELSINKI)));
        ready.forEach(payment -> payment.addTo(batch.getId()));
        return Optional.of(batch.getId());
    }

    @Transactional
    public void export(long batchId) {
        PaymentBatch batch = get(batchId);
        List<PaymentInstruction> instructions = instructions(batch.getId());
        batch.attachFiles(
                pain001.write(batch.messageId(), LocalDateTime.ofInstant(Now.instant(), Now.HELSINKI), batch.getExecutionDate(),
                        debtor.debtor(), instructions),
                csv.write(instructions));
    }

    /**
     * Finance names the payments the bank returned, by their reference, with the reason; all the
     * others are paid. Answers the payments of the batch, to be told to their payouts.
     */
    @Transactional
    public List<Long> confirm(long batchId, List<PaymentFailure> failures, String confirmedBy) {
        PaymentBatch batch = get(batchId);
        Map<String, Payment> byReference = inBatch(batch.getId());
        Map<Payment, String> failed = new HashMap<>();
        Problems problems = new Problems(messages);
        for (PaymentFailure failure : failures) {
            String reference = failure.reference();
            String reason = failure.reason();
            Payment payment = reference == null ? null : byReference.get(reference.toUpperCase());
            if (payment == null) {
                problems.add("payment.failure.unknown", String.valueOf(reference));
            } else if (reason == null) {
                problems.add("payment.failure.reasonRequired", reference);
            } else {
                failed.put(payment, reason);
            }
        }
        problems.throwIfAny();
        LocalDate today = LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
        byReference.values().forEach(payment -> {
            if (failed.containsKey(payment)) {
                payment.failed(failed.get(payment));
            } else {
                payment.paid(today);
            }
        });
        batch.confirm(confirmedBy, Now.instant());
        return byReference.values().stream().map(Payment::getId).sorted().toList();
    }

    /** Wakes the case's payout, which waits for exactly one instalment at a time. */
    @Transactional
    public void notifyPayout(long paymentId) {
        Payment payment = payments.findById(paymentId).orElseThrow(() -> new IllegalStateException("No payment with id " + paymentId));
        runtimeService.createMessageCorrelation(ProcessKeys.MESSAGE_PAYMENT_SETTLED)
                .processInstanceBusinessKey(payment.getCaseNumber())
                .correlateWithResult();
    }

    @Transactional(readOnly = true)
    public List<Long> paymentIds(long batchId) {
        return payments.findIdsByBatchId(get(batchId).getId());
    }

    /** The batch's payments by the reference the payment file and the finance form use. */
    Map<String, Payment> inBatch(Long batchId) {
        List<Payment> inBatch = payments.findByBatchIdOrderById(batchId);
        return inBatch.stream().collect(Collectors.toMap(Payment::reference, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private List<PaymentInstruction> instructions(Long batchId) {
        return inBatch(batchId).entrySet().stream().map(entry -> {
            Payment payment = entry.getValue();
            return new PaymentInstruction(entry.getKey(), payment.getPayeeName(), payment.getIban(),
                    payment.getAmount(), messages.get("payment.remittance." + payment.getPurpose().name(), payment.getCaseNumber(),
                    String.valueOf(payment.getInstalment()), String.valueOf(payment.getInstalmentCount())));
        }).toList();
    }

    PaymentBatch get(long batchId) {
        return batches.findById(batchId).orElseThrow(() -> new IllegalStateException("No payment batch with id " + batchId));
    }
}
