package fi.hva.grants.applicant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An application as its applicant follows it; the lists are filled only when one application is read. */
public record ApplicationView(
        String applicationNumber,
        String callCode,
        String callName,
        String activityName,
        String channel,
        Instant submittedAt,
        String status,
        String statusText,
        BigDecimal requestedAmount,
        String decisionOutcome,
        BigDecimal decidedAmount,
        LocalDate rectificationDeadline,
        LocalDate finalOn,
        /** The day nothing was left to do in the case (report accepted, recovery settled); status is then CLOSED. */
        LocalDate closedOn,
        Instant grantDeclinedAt,
        LocalDate reportDeadline,
        /** The last day of a recovery hearing that waits for the association's response (vastine); null when none waits. */
        LocalDate hearingResponseDue,
        List<InfoRequestView> infoRequests,
        List<AttachmentView> attachments,
        List<LetterView> letters,
        List<MessageView> messages) {

    public record InfoRequestView(Instant requestedAt, String question, Instant deadline, String status, String answer) {
    }

    public record AttachmentView(Long id, String kind, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
    }

    /** A decision letter; its PDF opens from {@code /api/applicant/applications/{number}/letters/{id}}. */
    public record LetterView(Long id, String kind, String fileName, Instant createdAt) {
    }

    /** A mail the county sent about the application. */
    public record MessageView(Instant sentAt, String subject, String body) {
    }
}
