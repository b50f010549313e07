package fi.hva.grants.partnership;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the partnership agreement process (partnership-agreement.bpmn) with their types. */
final class PartnershipAgreementProcessVariables {

    static final ProcessVariable<Long> PARTNERSHIP_ID = ProcessVariable.id(Variables.PARTNERSHIP_ID);
    /** The year of the multi-instance iteration, and of its payout. */
    static final ProcessVariable<Long> PARTNERSHIP_YEAR_ID = ProcessVariable.id(Variables.PARTNERSHIP_YEAR_ID);
    /** Local to a report wait: the year ("2027") or FINAL, which the PartnershipReportReceived message matches. */
    static final ProcessVariable<String> EXPECTED_REPORT = ProcessVariable.text(Variables.EXPECTED_REPORT);
    /** Local to the budget wait: the agreement year, which the CountyBudgetApproved message matches. */
    static final ProcessVariable<Integer> BUDGET_YEAR = ProcessVariable.number(Variables.BUDGET_YEAR);
    static final ProcessVariable<Boolean> FINAL_REPORT_DUE = ProcessVariable.flag(Variables.FINAL_REPORT_DUE);
    private static final ProcessVariable<Boolean> YEAR_CONFIRMED = ProcessVariable.flag(Variables.YEAR_CONFIRMED);

    private PartnershipAgreementProcessVariables() {
    }

    /** Local to the year's iteration: the years run in parallel, and each gateway reads its own year's answer. */
    static void setYearConfirmed(VariableScope scope, boolean confirmed) {
        scope.setVariableLocal(YEAR_CONFIRMED.name(), YEAR_CONFIRMED.stored(confirmed));
    }
}
