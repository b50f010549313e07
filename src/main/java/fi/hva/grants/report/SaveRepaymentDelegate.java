package fi.hva.grants.report;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna takaisinmaksu": paid by the association, or set off against its next payment; the case closes. */
@Component
public class SaveRepaymentDelegate implements JavaDelegate {

    private final Recoveries recoveries;

    public SaveRepaymentDelegate(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object settlement = TaskForms.take(execution, List.of(ReportForms.SETTLEMENT)).get(ReportForms.SETTLEMENT);
        recoveries.settle(execution.getVariable(Variables.APPLICATION_ID), FormValues.text(settlement));
    }
}
