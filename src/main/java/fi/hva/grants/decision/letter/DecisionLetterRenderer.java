package fi.hva.grants.decision.letter;

import fi.hva.grants.common.Messages;
import fi.hva.grants.document.HtmlPdf;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a decision into the PDF letter sent to the applicant. */
@Component
public class DecisionLetterRenderer {

    private static final String TEMPLATE = "decision-letter";

    private final MessageSource messageSource;
    private final HtmlPdf htmlPdf;
    private final Locale locale = Messages.FINNISH;

    DecisionLetterRenderer(MessageSource messageSource, HtmlPdf htmlPdf) {
        this.messageSource = messageSource;
        this.htmlPdf = htmlPdf;
    }

    public byte[] render(DecisionLetterContent content) {
        return htmlPdf.render(TEMPLATE, variables(content));
    }

    public String fileName(DecisionLetterContent content) {
        return messageSource.getMessage("letter.fileName." + content.kind().name(),
                new Object[] {content.applicationNumber()}, locale);
    }

    /** Interest from the payment day above the reference rate, at the reference rate itself, or none before the due date. */
    private static String interestKey(BigDecimal marginPoints) {
        if (marginPoints == null) {
            return "letter.interest.none";
        }
        return marginPoints.signum() == 0 ? "letter.interest.atReferenceRate" : "letter.interest.fromPayment";
    }

    private static Map<String, Object> variables(DecisionLetterContent content) {
        Map<String, Object> variables = new HashMap<>();
        boolean recovery = content.kind().isRecovery();
        variables.put("titleKey", "letter.title." + content.kind().name());
        variables.put("subjectKey", recovery ? "letter.subject.recovery" : "letter.subject");
        variables.put("outcomeKey", "letter.outcome." + content.outcome().name());
        variables.put("rectification", content.kind().answersRectification());
        variables.put("rectificationIntroKey", recovery ? "letter.recovery.rectificationIntro" : "letter.rectification.intro");
        variables.put("recovery", recovery);
        variables.put("recoveryWaived", recovery && content.recovery().amount().signum() == 0);
        // The terms of use belong to the grant decision; a recovery decision ends them.
        variables.put("granted", content.outcome().isGranted() && !recovery);
        variables.put("regionName", content.regionName());
        variables.put("decisionBody", content.decisionBody());
        variables.put("applicationNumber", content.applicationNumber());
        variables.put("callName", content.callName());
        variables.put("callCode", content.callCode());
        // A string, because MessageFormat would print an int year as "2 026".
        variables.put("grantYear", String.valueOf(content.grantYear()));
        variables.put("associationName", content.associationName());
        variables.put("businessId", content.businessId());
        variables.put("contactName", content.contactName());
        variables.put("requestedAmount", LetterFormat.amount(content.requestedAmount()));
        variables.put("decidedAmount", LetterFormat.amount(content.decidedAmount()));
        variables.put("reasoning", recovery ? content.recovery().reasoning() : content.reasoning());
        variables.put("boardReference", recovery ? content.recovery().boardReference() : content.boardReference());
        variables.put("decisionDate", LetterFormat.date(recovery ? content.recovery().decidedOn() : content.decisionDate()));
        variables.put("reportDeadline", LetterFormat.date(content.reportDeadline()));
        variables.put("usePeriodEnd", LetterFormat.date(content.usePeriodEnd()));
        variables.put("administrativeCourt", content.administrativeCourt());
        LetterContacts contacts = content.contacts();
        variables.put("informationName", contacts.informationName());
        variables.put("informationTitle", contacts.informationTitle());
        variables.put("informationPhone", contacts.informationPhone());
        variables.put("informationEmail", contacts.informationEmail());
        variables.put("rectificationPostalAddress", contacts.rectificationPostalAddress());
        variables.put("rectificationEmail", contacts.rectificationEmail());
        variables.put("courtPostalAddress", contacts.courtPostalAddress());
        variables.put("courtEmail", contacts.courtEmail());
        variables.put("interestKey", interestKey(contacts.interestMarginPoints()));
        variables.put("interestMargin", LetterFormat.points(contacts.interestMarginPoints()));
        variables.put("letterDate", LetterFormat.date(content.letterDate()));
        if (recovery) {
            variables.put("recoveryAmount", LetterFormat.amount(content.recovery().amount()));
            variables.put("recoveryDueOn", LetterFormat.date(content.recovery().dueOn()));
        }
        return variables;
    }
}
