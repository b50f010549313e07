package fi.hva.grants.report;

import static fi.hva.grants.report.ReportForms.RECOVERY_AMOUNT;
import static fi.hva.grants.report.ReportForms.RECOVERY_DECIDED_ON;
import static fi.hva.grants.report.ReportForms.RECOVERY_DUE_ON;
import static fi.hva.grants.report.ReportForms.RECOVERY_REASONING;
import static fi.hva.grants.report.ReportForms.RECOVERY_REFERENCE;
import static fi.hva.grants.report.ReportForms.RECTIFICATION_OUTCOME;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna päätös oikaisuvaatimukseen": whether the recovery stands, and with what amount and due date. */
@Component
public class SaveRecoveryRectificationDelegate implements JavaDelegate {

    private final RecoveryRectifications rectifications;

    public SaveRecoveryRectificationDelegate(RecoveryRectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> form = TaskForms.take(execution, ReportForms.RECTIFICATION_FIELDS);
        boolean recovering = rectifications.decide(execution.getVariable(Variables.APPLICATION_ID),
                FormValues.text(form.get(RECTIFICATION_OUTCOME)), FormValues.amount(form.get(RECOVERY_AMOUNT)),
                FormValues.date(form.get(RECOVERY_DUE_ON)), FormValues.text(form.get(RECOVERY_REASONING)),
                FormValues.text(form.get(RECOVERY_REFERENCE)), FormValues.date(form.get(RECOVERY_DECIDED_ON)));
        execution.setVariable(Variables.RECOVERING, recovering);
    }
}
