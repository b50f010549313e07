package fi.hva.grants.process;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * How user task forms meet our tables. When a task is created its listener shows what the officer
 * reads (task-local, gone with the task) and pre-fills the input fields. What the officer submits
 * lands on the process; the "Tallenna …" service task right after the user task checks it, writes it
 * to our tables and removes it, so the process keeps only ids. Checking in a service task rather
 * than a task listener gives the officer the Finnish message as it is: the engine wraps every
 * exception of a task listener in an English one.
 */
public final class TaskForms {

    private static final int MAX_STRING_VARIABLE_LENGTH = 4000;

    private TaskForms() {
    }

    /**
     * Read-only content of the form, such as the case summary or the options of a list. A string
     * variable holds at most 4,000 characters on PostgreSQL, and the proposal of a large call is
     * longer: such values, and lists, are stored as JSON values, which Tasklist reads back as the
     * plain value. Short texts and numbers stay plain values, which need no separate byte array row.
     */
    public static void show(DelegateTask task, Map<String, ?> fields) {
        fields.forEach((name, value) -> {
            if (value != null) {
                task.setVariableLocal(name, fitsPlainVariable(value) ? value : json(value));
            }
        });
    }

    private static boolean fitsPlainVariable(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Boolean
                || value instanceof String text && text.length() <= MAX_STRING_VARIABLE_LENGTH;
    }

    public static ObjectValue json(Object value) {
        return org.camunda.bpm.engine.variable.Variables.objectValue(value)
                .serializationDataFormat(org.camunda.bpm.engine.variable.Variables.SerializationDataFormats.JSON).create();
    }

    /** The case summary most forms show above their fields. */
    public static void showCaseSummary(DelegateTask task, String summary) {
        show(task, Map.of(Variables.CASE_SUMMARY, summary));
    }

    /** Initial values of input fields; Tasklist submits them back, changed or not. */
    public static void prefill(DelegateTask task, Map<String, ?> fields) {
        fields.forEach(task.getExecution()::setVariable);
    }

    /** Reads and removes the submitted fields, so that none of them stays in the process. */
    public static Map<String, Object> take(DelegateExecution execution, Collection<String> fields) {
        Map<String, Object> submitted = new java.util.HashMap<>();
        fields.forEach(field -> submitted.put(field, execution.getVariable(field)));
        execution.removeVariables(fields);
        return submitted;
    }
}
