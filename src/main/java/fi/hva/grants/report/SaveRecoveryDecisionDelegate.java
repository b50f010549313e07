package fi.hva.grants.report;

import static fi.hva.grants.report.ReportForms.RECOVERY_AMOUNT;
import static fi.hva.grants.report.ReportForms.RECOVERY_DECIDED_ON;
import static fi.hva.grants.report.ReportForms.RECOVERY_DUE_ON;
import static fi.hva.grants.report.ReportForms.RECOVERY_REASONING;
import static fi.hva.grants.report.ReportForms.RECOVERY_REFERENCE;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna takaisinperintäpäätös": the decision body's amount, due date and reasoning. */
@Component
public class SaveRecoveryDecisionDelegate implements JavaDelegate {

    private final Recoveries recoveries;

    public SaveRecoveryDecisionDelegate(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, ReportForms.DECISION_FIELDS);
        boolean recovering = recoveries.decide(execution.getVariable(Variables.APPLICATION_ID),
                FormValues.amount(form.get(RECOVERY_AMOUNT)), FormValues.date(form.get(RECOVERY_DUE_ON)),
                FormValues.text(form.get(RECOVERY_REASONING)), FormValues.text(form.get(RECOVERY_REFERENCE)),
                FormValues.date(form.get(RECOVERY_DECIDED_ON)));
        execution.setVariable(Variables.RECOVERING, recovering);
    }
}
