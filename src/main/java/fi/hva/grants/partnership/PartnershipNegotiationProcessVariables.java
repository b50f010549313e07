package fi.hva.grants.partnership;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;

/** The variables of the partnership negotiation process (partnership-negotiation.bpmn) with their types. */
final class PartnershipNegotiationProcessVariables {

    static final ProcessVariable<Long> PARTNERSHIP_ID = ProcessVariable.id(Variables.PARTNERSHIP_ID);
    /** The gateway after a round compares the name (CONTINUE, AGREED, WITHDRAWN). */
    static final ProcessVariable<NegotiationRound.Outcome> NEGOTIATION_OUTCOME =
            ProcessVariable.choice(Variables.NEGOTIATION_OUTCOME, NegotiationRound.Outcome.class);
    /** Sent with the ExternalFundingDecided message. */
    static final ProcessVariable<Boolean> FUNDING_GRANTED = ProcessVariable.flag(Variables.FUNDING_GRANTED);
    static final ProcessVariable<Boolean> DRAFT_APPROVED = ProcessVariable.flag(Variables.DRAFT_APPROVED);
    static final ProcessVariable<Boolean> BOARD_APPROVED = ProcessVariable.flag(Variables.BOARD_APPROVED);

    private PartnershipNegotiationProcessVariables() {
    }
}
