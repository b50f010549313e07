package fi.hva.grants.call;

import fi.hva.grants.process.ProcessVariable;
import fi.hva.grants.process.Variables;
import java.util.List;

/**
 * The variables of the call process (grant-call.bpmn) with their types. The decision proposal's steps
 * of the process belong to the package that owns the applications, so what they read and write is public.
 */
public final class CallProcessVariables {

    public static final ProcessVariable<Long> CALL_ID = ProcessVariable.id(Variables.CALL_ID);
    static final ProcessVariable<Boolean> CALL_APPROVED = ProcessVariable.flag(Variables.CALL_APPROVED);
    static final ProcessVariable<Boolean> ALL_REVIEWED = ProcessVariable.flag(Variables.ALL_REVIEWED);
    public static final ProcessVariable<Boolean> WITHIN_APPROPRIATION = ProcessVariable.flag(Variables.WITHIN_APPROPRIATION);
    public static final ProcessVariable<List<Long>> DECIDED_APPLICATION_IDS = ProcessVariable.ids(Variables.DECIDED_APPLICATION_IDS);
    /** The element of the dispatch multi-instance: the application the board decision is applied to. */
    public static final ProcessVariable<Long> DISPATCHED_APPLICATION_ID = ProcessVariable.id(Variables.APPLICATION_ID);

    private CallProcessVariables() {
    }
}
