package fi.hva.grants.payment;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the payout process (grant-payout.bpmn) with their types. */
final class PayoutProcessVariables {

    /** Set by the application process's call activity for an operating grant. */
    static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.id(Variables.APPLICATION_ID);
    /** Set by the partnership agreement process's call activity for a confirmed year. */
    static final ProcessVariable<Long> PARTNERSHIP_YEAR_ID = ProcessVariable.id(Variables.PARTNERSHIP_YEAR_ID);
    /** The instalment the multi-instance iteration pays. */
    static final ProcessVariable<Long> PAYMENT_ID = ProcessVariable.id(Variables.PAYMENT_ID);

    private PayoutProcessVariables() {
    }

    /** The case the calling process passed in; a payout names exactly one. */
    static PayoutCaseId payoutCase(VariableScope scope) {
        Optional<Long> application = APPLICATION_ID.find(scope);
        Optional<Long> year = PARTNERSHIP_YEAR_ID.find(scope);
        if (application.isPresent() == year.isPresent()) {
            throw new IllegalStateException("A payout names exactly one case: application " + application + ", partnership year " + year);
        }
        return application.map(id -> new PayoutCaseId(PaymentPurpose.OPERATING_GRANT, id))
                .orElseGet(() -> new PayoutCaseId(PaymentPurpose.PARTNERSHIP_GRANT, year.orElseThrow()));
    }
}
