package fi.hva.grants.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * One user task as one unit: the keys of its form, what the form shows when the task is created,
 * how the submitted values become a typed input and where that input is saved. The same bean is the
 * task's create listener and the delegate of the "Tallenna …" service task right after it
 * ({@link TaskForms} says why saving happens there), so a form key, its reading and its saving are
 * changed in one class.
 *
 * @param <I> the submitted form as a record
 */
public abstract class UserTask<I> implements TaskListener, JavaDelegate {

    private final List<String> fieldKeys;

    protected UserTask(List<String> fieldKeys) {
        this.fieldKeys = List.copyOf(fieldKeys);
    }

    /** The keys of the form's input fields that this task reads; the contract test holds the form to them. */
    public List<String> fieldKeys() {
        return fieldKeys;
    }

    @Override
    public final void notify(DelegateTask task) {
        show(task);
    }

    @Override
    public final void execute(DelegateExecution execution) {
        save(execution, parse(TaskForms.take(execution, fieldKeys)));
    }

    /** Shows the case and pre-fills the form; most tasks show a case summary. */
    protected abstract void show(DelegateTask task);

    /** The submitted values as the task's input; a missing or unreadable value is null, checked by the save. */
    protected abstract I parse(Map<String, Object> submitted);

    /** Checks the input and saves it through one domain service; a problem keeps the task open. */
    protected abstract void save(DelegateExecution execution, I input);
}
