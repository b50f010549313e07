package fi.hva.grants.partnership;

import static fi.hva.grants.partnership.PartnershipNegotiationProcessVariables.PARTNERSHIP_ID;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Kirjaa neuvottelukierros" (form partnership-round) and its "Tallenna neuvottelukierros": the round, whose
 * outcome steers the negotiation.
 */
@Component
class PartnershipRoundTask extends UserTask<PartnershipRoundTask.Input> {

    static final String HELD_ON = "heldOn";
    static final String OUR_PROPOSAL = "ourProposal";
    static final String THEIR_ANSWER = "theirAnswer";
    static final String NOTES = "roundNotes";
    static final String NEXT_MEETING_ON = "nextMeetingOn";
    static final String OUTCOME = "roundOutcome";

    /** The outcome is null when none was chosen. */
    record Input(LocalDate heldOn, String ourProposal, String theirAnswer, String notes, LocalDate nextMeetingOn,
                 NegotiationRound.Outcome outcome) {
    }

    private final PartnershipSummary summary;
    private final Negotiations negotiations;

    PartnershipRoundTask(PartnershipSummary summary, Negotiations negotiations) {
        super(List.of(HELD_ON, OUR_PROPOSAL, THEIR_ANSWER, NOTES, NEXT_MEETING_ON, OUTCOME));
        this.summary = summary;
        this.negotiations = negotiations;
    }

    @Override
    protected void show(DelegateTask task) {
        TaskForms.showCaseSummary(task, summary.of(PARTNERSHIP_ID.from(task)));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.date(submitted.get(HELD_ON)), FormValues.text(submitted.get(OUR_PROPOSAL)),
                FormValues.text(submitted.get(THEIR_ANSWER)), FormValues.text(submitted.get(NOTES)),
                FormValues.date(submitted.get(NEXT_MEETING_ON)),
                FormValues.choice(submitted.get(OUTCOME), NegotiationRound.Outcome.class));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        NegotiationRound.Outcome outcome = negotiations.recordRound(PARTNERSHIP_ID.from(execution), input.heldOn(),
                input.ourProposal(), input.theirAnswer(), input.notes(), input.nextMeetingOn(), input.outcome(),
                TaskCompletedBy.of(execution));
        PartnershipNegotiationProcessVariables.NEGOTIATION_OUTCOME.set(execution, outcome);
    }
}
