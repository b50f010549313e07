package fi.hva.grants.call;

import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.Variables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills the proposal forms ("Sovita esitys määrärahaan", "Kirjaa toimielimen päätös") with the proposal table. */
@Component
public class ProposalForm implements TaskListener {

    static final String AMOUNT_CHANGES = "amountChanges";
    static final String BOARD_DECISION_TYPE = "boardDecisionType";
    static final String BOARD_REFERENCE = "boardReference";
    static final String BOARD_DECIDED_ON = "boardDecidedOn";

    private final ProposalSummary summary;

    public ProposalForm(ProposalSummary summary) {
        this.summary = summary;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Variables.CASE_SUMMARY, summary.of(task.getVariable(Variables.CALL_ID)));
        fields.put(AMOUNT_CHANGES, org.camunda.bpm.engine.variable.Variables.objectValue(List.of())
                .serializationDataFormat(org.camunda.bpm.engine.variable.Variables.SerializationDataFormats.JSON).create());
        fields.put(BOARD_DECISION_TYPE, null);
        fields.put(BOARD_REFERENCE, null);
        fields.put(BOARD_DECIDED_ON, null);
        TaskForms.fill(task, fields);
    }
}
