package fi.hva.grants.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.test.context.TestComponent;

/** The baseline's service tasks: called the way ours are (delegateExpression), doing nothing. */
@TestComponent("noOpDelegate")
public class NoOpDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // Deliberately empty: the baseline measures the engine's cost of the wait states alone.
    }
}
