package fi.hva.grants.premises;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;

/** The variables of premises-use.bpmn with their types. */
final class PremisesProcessVariables {

    static final ProcessVariable<Long> PREMISES_USE_ID = ProcessVariable.id(Variables.PREMISES_USE_ID);
    static final ProcessVariable<Boolean> PREMISES_GRANTED = ProcessVariable.flag(Variables.PREMISES_GRANTED);

    private PremisesProcessVariables() {
    }
}
