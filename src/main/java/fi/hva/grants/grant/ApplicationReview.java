package fi.hva.grants.grant;

import fi.hva.grants.call.CallCriterion;
import fi.hva.grants.call.CallProgress;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewer's work on one application: scoring, disqualification and requests for more information. */
@Service
class ApplicationReview {

    public static final int MAX_SCORE = 5;

    private final Applications applications;
    private final DisqualificationRepository disqualifications;
    private final InfoRequestRepository infoRequests;
    private final Messages messages;
    private final CallProgress callProgress;
    private final DecisionStages stages;

    ApplicationReview(Applications applications, DisqualificationRepository disqualifications,
                      InfoRequestRepository infoRequests, Messages messages, CallProgress callProgress,
                      DecisionStages stages) {
        this.applications = applications;
        this.disqualifications = disqualifications;
        this.infoRequests = infoRequests;
        this.messages = messages;
        this.callProgress = callProgress;
        this.stages = stages;
    }

    /** The review is done: the call moves to its decision proposal once nothing is left to review. */
    @Transactional
    void completed(long applicationId) {
        callProgress.onApplicationReviewed(applications.get(applicationId).getCall().getId());
    }

    @Transactional(readOnly = true)
    public List<CallCriterion> criteria(long applicationId) {
        return applications.get(applicationId).getCall().getCriteria();
    }

    /** Scores are given in the order of the call's criteria; an unreadable one is null. */
    @Transactional
    public void score(long applicationId, String reviewer, List<Integer> scoreValues,
                      BigDecimal proposedAmount, String reasoning) {
        GrantApplication application = applications.get(applicationId);
        Problems problems = new Problems(messages);
        List<ApplicationScore> scores = new ArrayList<>();
        List<CallCriterion> criteria = application.getCall().getCriteria();
        for (int i = 0; i < criteria.size(); i++) {
            CallCriterion criterion = criteria.get(i);
            Integer score = i < scoreValues.size() ? scoreValues.get(i) : null;
            if (score == null || score < 0 || score > MAX_SCORE) {
                problems.add("review.score.invalid", criterion.getName(), MAX_SCORE);
            } else {
                scores.add(new ApplicationScore(criterion.getName(), criterion.getWeight(), score));
            }
        }
        if (proposedAmount == null || proposedAmount.signum() < 0) {
            problems.add("review.amount.required");
        } else {
            problems.addIf(proposedAmount.compareTo(application.getRequestedAmount()) > 0,
                    "review.amount.overRequested", proposedAmount, application.getRequestedAmount());
        }
        problems.addIf(reasoning == null, "review.reasoning.required");
        problems.throwIfAny();
        application.recordReview(reviewer, Now.instant(), scores, proposedAmount, reasoning);
        stages.record(application, DecisionStage.Kind.REVIEW, proposedAmount, reasoning, reviewer);
    }

    @Transactional
    public void declareDisqualified(long applicationId, String reviewer, String reason) {
        new Problems(messages).addIf(reason == null, "review.disqualification.reasonRequired").throwIfAny();
        GrantApplication application = applications.get(applicationId);
        disqualifications.save(new Disqualification(application.getId(), reviewer, reason, Now.instant()));
    }

    @Transactional
    public void requestInformation(long applicationId, String reviewer, String question, LocalDate deadline) {
        Problems problems = new Problems(messages);
        problems.addIf(question == null, "review.info.questionRequired");
        problems.addIf(deadline == null || !deadline.isAfter(LocalDate.ofInstant(Now.instant(), Now.HELSINKI)),
                "review.info.deadlineInFuture");
        problems.throwIfAny();
        GrantApplication application = applications.get(applicationId);
        Instant endOfDeadline = deadline.plusDays(1).atStartOfDay(Now.HELSINKI).toInstant();
        infoRequests.save(new InfoRequest(application.getId(), question, reviewer, Now.instant(), endOfDeadline));
        application.awaitInformation();
    }

    @Transactional(readOnly = true)
    public List<String> disqualifiedReviewers(long applicationId) {
        return disqualifications.findByApplicationId(applicationId).stream()
                .map(Disqualification::getUserId).toList();
    }
}
