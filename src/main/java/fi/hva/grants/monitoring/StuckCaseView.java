package fi.hva.grants.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the managers' stuck-case page shows, computed at one moment. */
public record StuckCaseView(
        Instant at,
        List<IdleActivity> idle,
        List<OverdueReview> overdueReviews,
        List<OverdueReport> overdueReports,
        List<OpenIncident> incidents,
        List<Count> perGroup,
        List<Count> perOfficer) {

    /** A case waiting in one activity longer than its SLA allows. */
    public record IdleActivity(String processInstanceId, String businessKey, String processName, String activityName,
                               String taskId, String group, String groupLabel, String assignee, Instant since, long days,
                               long slaDays) {
    }

    public record OverdueReview(String processInstanceId, String businessKey, String taskId, String group,
                                String groupLabel, String assignee, Instant due, long daysOverdue) {
    }

    public record OverdueReport(String processInstanceId, String applicationNumber, String associationName,
                                LocalDate deadline, long daysOverdue) {
    }

    public record OpenIncident(String processInstanceId, String processName, String activityId, String type,
                               String message, Instant since) {
    }

    /** Cases past their SLA and overdue reviews for one group or one officer. */
    public record Count(String key, String label, long idle, long overdueReviews) {
    }
}
