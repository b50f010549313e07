package fi.hva.grants.grant;

import fi.hva.grants.call.CallCriterion;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewer's work on one application: scoring, disqualification and requests for more information. */
@Service
public class ApplicationReview {

    public static final int MAX_SCORE = 5;

    private final Applications applications;
    private final DisqualificationRepository disqualifications;
    private final InfoRequestRepository infoRequests;
    private final Messages messages;

    public ApplicationReview(Applications applications, DisqualificationRepository disqualifications,
                             InfoRequestRepository infoRequests, Messages messages) {
        this.applications = applications;
        this.disqualifications = disqualifications;
        this.infoRequests = infoRequests;
        this.messages = messages;
    }

    /** One row per criterion of the call, in the shape of the review form's dynamic list. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> scoreSheet(Object applicationId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CallCriterion criterion : applications.get(applicationId).getCall().getCriteria()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("criterion", criterion.getName());
            row.put("weight", criterion.getWeight());
            row.put("score", null);
            rows.add(row);
        }
        return rows;
    }

    @Transactional
    public void score(Object applicationId, String reviewer, List<Map<String, Object>> rows,
                      BigDecimal proposedAmount, String reasoning) {
        GrantApplication application = applications.get(applicationId);
        Problems problems = new Problems(messages);
        List<ApplicationScore> scores = new ArrayList<>();
        for (CallCriterion criterion : application.getCall().getCriteria()) {
            Integer score = rows.stream()
                    .filter(row -> criterion.getName().equals(row.get("criterion")))
                    .map(row -> FormValues.integer(row.get("score")))
                    .findFirst().orElse(null);
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
    }

    @Transactional
    public void declareDisqualified(Object applicationId, String reviewer, String reason) {
        new Problems(messages).addIf(reason == null, "review.disqualification.reasonRequired").throwIfAny();
        GrantApplication application = applications.get(applicationId);
        disqualifications.save(new Disqualification(application.getId(), reviewer, reason, Now.instant()));
    }

    @Transactional
    public void requestInformation(Object applicationId, String reviewer, String question, LocalDate deadline) {
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
    public List<String> disqualifiedReviewers(Object applicationId) {
        return disqualifications.findByApplicationId(((Number) applicationId).longValue()).stream()
                .map(Disqualification::getUserId).toList();
    }
}
