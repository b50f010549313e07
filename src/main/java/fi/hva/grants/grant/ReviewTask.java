package fi.hva.grants.grant;

import static fi.hva.grants.grant.ApplicationProcessVariables.APPLICATION_ID;
import static fi.hva.grants.grant.ApplicationProcessVariables.REVIEW_OUTCOME;

import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.process.IndexedFields;
import fi.hva.grants.process.TaskCompletedBy;
import fi.hva.grants.process.TaskForms;
import fi.hva.grants.process.UserTask;
import fi.hva.grants.process.Variables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Arvioi hakemus" (form review) and its "Tallenna arvio": scores, a disqualification or a request for information. */
@Component
class ReviewTask extends UserTask<ReviewTask.Input> {

    static final String OUTCOME = "reviewOutcome";
    /** One score field per criterion of the call, labelled from the shown criterion and weight. */
    static final IndexedFields SCORES = new IndexedFields("score", List.of(""), 8);
    static final IndexedFields CRITERIA = new IndexedFields("criterion", List.of("", "Weight"), 8);
    static final String PROPOSED_AMOUNT = "proposedAmount";
    static final String REASONING = "reviewReasoning";
    static final String DISQUALIFICATION_REASON = "disqualificationReason";
    static final String INFO_QUESTION = "infoQuestion";
    static final String INFO_DEADLINE = "infoDeadline";
    static final int DEFAULT_INFO_DAYS = 14;

    /** The review as submitted; which fields matter depends on the outcome, which is null when none was chosen. */
    record Input(ReviewOutcome outcome, List<Integer> scores, BigDecimal proposedAmount, String reasoning,
                 String disqualificationReason, String infoQuestion, LocalDate infoDeadline) {
    }

    private final CaseSummary caseSummary;
    private final ApplicationReview review;
    private final Messages messages;

    ReviewTask(CaseSummary caseSummary, ApplicationReview review, Messages messages) {
        super(Stream.concat(Stream.of(OUTCOME, PROPOSED_AMOUNT, REASONING, DISQUALIFICATION_REASON, INFO_QUESTION,
                INFO_DEADLINE), SCORES.names().stream()).toList());
        this.caseSummary = caseSummary;
        this.review = review;
        this.messages = messages;
    }

    @Override
    protected void show(DelegateTask task) {
        long applicationId = APPLICATION_ID.from(task);
        Map<String, Object> shown = new HashMap<>(CRITERIA.fill(review.criteria(applicationId).stream()
                .map(criterion -> Map.<String, Object>of("", criterion.getName(), "weight", criterion.getWeight())).toList()));
        shown.put(Variables.CASE_SUMMARY, caseSummary.of(applicationId));
        TaskForms.show(task, shown);
        TaskForms.prefill(task, Map.of(INFO_DEADLINE,
                LocalDate.ofInstant(Now.instant(), Now.HELSINKI).plusDays(DEFAULT_INFO_DAYS).toString()));
    }

    @Override
    protected Input parse(Map<String, Object> submitted) {
        return new Input(FormValues.choice(submitted.get(OUTCOME), ReviewOutcome.class),
                SCORES.names().stream().map(submitted::get).map(FormValues::integer).toList(),
                FormValues.amount(submitted.get(PROPOSED_AMOUNT)),
                FormValues.text(submitted.get(REASONING)),
                FormValues.text(submitted.get(DISQUALIFICATION_REASON)),
                FormValues.text(submitted.get(INFO_QUESTION)),
                FormValues.date(submitted.get(INFO_DEADLINE)));
    }

    @Override
    protected void save(DelegateExecution execution, Input input) {
        if (input.outcome() == null) {
            throw new InvalidInputException(List.of(messages.get("review.outcome.required")));
        }
        long applicationId = APPLICATION_ID.from(execution);
        String reviewer = TaskCompletedBy.of(execution);
        switch (input.outcome()) {
            case SCORED -> review.score(applicationId, reviewer, input.scores(), input.proposedAmount(), input.reasoning());
            case DISQUALIFIED -> review.declareDisqualified(applicationId, reviewer, input.disqualificationReason());
            case NEEDS_INFO -> review.requestInformation(applicationId, reviewer, input.infoQuestion(), input.infoDeadline());
        }
        REVIEW_OUTCOME.set(execution, input.outcome());
    }
}
