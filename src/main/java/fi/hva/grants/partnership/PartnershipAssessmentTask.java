package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipNegotiationProcessVariables.PARTNERSHIP_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Arvioi aloite kumppanuuskriteereillä" (form partnership-assessment) and its "Tallenna alustava arvio": the
 * criteria ticked and the notes, from which the DMN table partnershipEligibility decides whether negotiations start.
 */
@Component
class PartnershipAssessmentTask extends UserTask<PartnershipAssessmentTask.Input> {

    /** One checkbox per criterion, named criterion_PROFESSIONAL_NGO and so on. */
    static final String CRITERION_PREFIX = "criterion_";
    static final String NOTES = "assessmentNotes";

    /** The criteria ticked, in the order of {@link PartnershipCriterion}. */
    record Input(List<PartnershipCriterion> criteriaMet, String notes) {
    }

    private final PartnershipSummary summary;
    private final PartnershipInitiatives initiatives;

    PartnershipAssessmentTask(PartnershipSummary summary, PartnershipInitiatives initiatives) {
        super(Stream.concat(Arrays.stream(PartnershipCriterion.values()).map(PartnershipAssessmentTask::field), Stream.of(NOTES)).toList());
        this.summary = summary;
        this.initiatives = initiatives;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(PARTNERSHIP_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(Arrays.stream(PartnershipCriterion.values())
                .filter(criterion -> Boolean.TRUE.equals(submitted.get(field(criterion)))).toList(),
                FormValues.text(submitted.get(NOTES)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        initiatives.assess(PARTNERSHIP_ID.from(execution), input.criteriaMet(), input.notes(), TaskCompletedBy.of(execution));
    }

    private static String field(PartnershipCriterion criterion) {
        return CRITERION_PREFIX + criterion.name();
    }
}
