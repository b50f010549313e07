package fi.hva.grants.process;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Camunda's full history, except for variables that are not process state. Submitted form fields and the
 * case summaries shown in forms pass through the process on their way to and from our own tables, which keep
 * the case with who entered what and when; in the engine's history they would only repeat contact persons'
 * names and e-mail addresses (GDPR data minimisation) and cost several inserts each. The variables named in
 * {@link Variables} are recorded as before, with every change.
 */
public class ProcessStateHistoryLevel implements HistoryLevel {

    public static final String NAME = "full-process-state";

    @Override
    public int getId() {
        return 31;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return !(entity instanceof VariableInstance variable) || Variables.isProcessState(variable.getName());
    }
}
