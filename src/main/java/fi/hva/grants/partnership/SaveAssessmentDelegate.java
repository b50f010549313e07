package fi.hva.grants.partnership;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tallenna alustava arvio": the criteria ticked in the form and the notes. */
@Component
public class SaveAssessmentDelegate implements JavaDelegate {

    private final PartnershipInitiatives initiatives;

    public SaveAssessmentDelegate(PartnershipInitiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> fields = new ArrayList<>(Arrays.stream(PartnershipCriterion.values())
                .map(criterion -> PartnershipFields.CRITERION_PREFIX + criterion.name()).toList());
        fields.add(PartnershipFields.ASSESSMENT_NOTES);
        Map<String, Object> form = TaskForms.take(execution, fields);
        List<String> met = Arrays.stream(PartnershipCriterion.values())
                .filter(criterion -> Boolean.TRUE.equals(form.get(PartnershipFields.CRITERION_PREFIX + criterion.name())))
                .map(Enum::name).toList();
        initiatives.assess(execution.getVariable(Variables.PARTNERSHIP_ID), met,
                FormValues.text(form.get(PartnershipFields.ASSESSMENT_NOTES)), TaskCompletedBy.of(execution));
    }
}
