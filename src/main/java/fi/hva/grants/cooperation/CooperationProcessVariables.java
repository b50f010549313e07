package fi.hva.grants.cooperation;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;

/** The variables of the cooperation agreement process (cooperation-agreement.bpmn) with their types. */
final class CooperationProcessVariables {

    static final ProcessVariable<Long> AGREEMENT_ID = ProcessVariable.id(Variables.AGREEMENT_ID);
    static final ProcessVariable<Boolean> AGREEMENT_APPROVED = ProcessVariable.flag(Variables.AGREEMENT_APPROVED);
    static final ProcessVariable<Boolean> AGREEMENT_RENEWED = ProcessVariable.flag(Variables.AGREEMENT_RENEWED);

    private CooperationProcessVariables() {
    }
}
