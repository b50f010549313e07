package fi.hva.grants.applicant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A partnership agreement as its association follows it, with the reports its process is waiting for now. */
public record PartnershipView(
        String partnershipNumber,
        String projectName,
        String status,
        String statusText,
        int firstYear,
        int lastYear,
        List<YearView> years,
        Instant finalReportReceivedAt,
        List<AwaitedReport> awaitedReports) {

    public record YearView(int year, String status, String statusText, BigDecimal confirmedAmount, Instant reportReceivedAt,
                           Boolean reportAccepted) {
    }

    /**
     * A report the agreement waits for, sent to {@code /api/applicant/partnerships/{number}/reports} with
     * this year; the final report has no year. The years run in parallel, so several may be awaited at once.
     */
    public record AwaitedReport(Integer year, String text) {
    }
}
