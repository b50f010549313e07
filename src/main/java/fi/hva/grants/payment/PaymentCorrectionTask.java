package fi.hva.grants.payment;

import static fi.hva.grants.payment.PayoutProcessVariables.PAYMENT_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Iban;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Korjaa maksun tiedot" (form payment-correction) and its "Tallenna korjatut maksutiedot": the corrected account. */
@Component
class PaymentCorrectionTask extends UserTask<PaymentCorrectionTask.Input> {

    static final String CORRECTED_IBAN = "correctedIban";

    /** The account as typed, and as an IBAN when it is one. */
    record Input(String written, Iban iban) {
    }

    private final PaymentSummary summary;
    private final Payments payments;
    private final Messages messages;

    PaymentCorrectionTask(PaymentSummary summary, Payments payments, Messages messages) {
        super(List.of(CORRECTED_IBAN));
        this.summary = summary;
        this.payments = payments;
        this.messages = messages;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.ofFailedPayment(PAYMENT_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        String written = FormValues.text(submitted.get(CORRECTED_IBAN));
        return new Input(written, Iban.parse(written).orElse(null));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        if (input.iban() == null) {
            throw new InvalidInputException(List.of(messages.get("payment.iban.invalid", String.valueOf(input.written()))));
        }
        payments.correct(PAYMENT_ID.from(execution), input.iban());
    }
}
