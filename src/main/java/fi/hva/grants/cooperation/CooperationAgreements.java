package fi.hva.grants.cooperation;

import fi.hva.grants.common.EmailAddress;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.region.RegionProperties;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation agreements and letters of intent without money: registration, drafting, the decision
 * body's approval, signatures, the review before the period ends, renewal and the end. Every
 * input is checked here and refused with Finnish messages, all problems at once.
 */
@Service("cooperationAgreements")
public class CooperationAgreements {

    /** The review reminder comes this many days before the agreement period ends. */
    static final int REVIEW_DAYS_BEFORE_END = 60;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final CooperationAgreementRepository agreements;
    private final AgreementNumbers numbers;
    private final Mailer mailer;
    private final Messages messages;
    private final RegionProperties region;

    CooperationAgreements(CooperationAgreementRepository agreements, AgreementNumbers numbers, Mailer mailer,
                                 Messages messages, RegionProperties region) {
        this.agreements = agreements;
        this.numbers = numbers;
        this.mailer = mailer;
        this.messages = messages;
        this.region = region;
    }

    /** "Kirjaa sopimus": the start form; nothing is stored unless all of it is right. */
    @Transactional
    CooperationAgreement register(AgreementRegistration form) {
        Problems problems = new Problems(messages);
        required(problems, form.associationName(), "associationName");
        required(problems, form.businessIdAsWritten(), "businessId");
        required(problems, form.contactEmail(), "contactEmail");
        required(problems, form.subject(), "subject");
        required(problems, form.kindAsWritten(), "kind");
        required(problems, form.startsOn(), "startsOn");
        required(problems, form.endsOn(), "endsOn");
        required(problems, form.countyContact(), "countyContact");
        problems.addIf(form.businessIdAsWritten() != null && form.businessId() == null, "cooperation.businessId.invalid",
                form.businessIdAsWritten());
        problems.addIf(form.contactEmail() != null && !EmailAddress.isValid(form.contactEmail()), "cooperation.email.invalid",
                form.contactEmail());
        problems.addIf(form.kindAsWritten() != null && form.kind() == null, "cooperation.kind.unknown", form.kindAsWritten());
        problems.addIf(form.startsOn() != null && form.endsOn() != null && !form.endsOn().isAfter(form.startsOn()),
                "cooperation.period.invalid");
        problems.addIf(form.endsOn() != null && form.endsOn().isBefore(today()), "cooperation.endsOn.past");
        problems.addIf(form.associationName() != null && form.associationName().length() > 200, "cooperation.tooLong",
                label("associationName"), "200");
        problems.addIf(form.subject() != null && form.subject().length() > 500, "cooperation.tooLong", label("subject"), "500");
        problems.throwIfAny();

        String number = numbers.next(today().getYear());
        return agreements.save(new CooperationAgreement(number, form.kind(), form.associationName(), form.businessId().value(),
                form.contactEmail(), form.subject(), form.countyContact(), form.startsOn(), form.endsOn(), Now.instant()));
    }

    /** "Tallenna sopimusluonnos": the terms and what each party is responsible for. */
    @Transactional
    CooperationAgreement prepare(long agreementId, String terms, String associationResponsibilities,
                                        String countyResponsibilities, String by) {
        CooperationAgreement agreement = get(agreementId);
        Problems problems = new Problems(messages);
        required(problems, terms, "terms");
        required(problems, associationResponsibilities, "associationResponsibilities");
        required(problems, countyResponsibilities, "countyResponsibilities");
        long tooLong = java.util.stream.Stream.of(terms, associationResponsibilities, countyResponsibilities)
                .filter(text -> text != null && text.length() > 4000).count();
        problems.addIf(tooLong > 0, "cooperation.text.tooLong", "4000");
        problems.throwIfAny();
        agreement.prepare(terms, associationResponsibilities, countyResponsibilities, by, Now.instant());
        return agreement;
    }

    /**
     * "Tallenna sopimuksen hyväksyntä": the decision body approved the agreement (its minutes'
     * reference and date) or it goes back to the draft with notes.
     *
     * @return whether the agreement was approved
     */
    @Transactional
    boolean recordApproval(long agreementId, ApprovalOutcome outcome, String notes, String reference, LocalDate decidedOn,
                                  String by) {
        CooperationAgreement agreement = get(agreementId);
        boolean approved = outcome == ApprovalOutcome.APPROVED;
        boolean returned = outcome == ApprovalOutcome.RETURNED;
        Problems problems = new Problems(messages);
        problems.addIf(!approved && !returned, "cooperation.approval.outcome.required");
        problems.addIf(returned && notes == null, "cooperation.approval.notes.required");
        problems.addIf(approved && reference == null, "cooperation.approval.reference.required");
        problems.addIf(approved && (decidedOn == null || decidedOn.isAfter(today())), "cooperation.approval.date.invalid");
        problems.throwIfAny();
        if (approved) {
            agreement.approve(reference, decidedOn, notes, by);
        } else {
            agreement.returnToDraft(notes, by);
        }
        return approved;
    }

    /** "Tallenna allekirjoitukset": both parties have signed; the agreement is in force. */
    @Transactional
    CooperationAgreement sign(long agreementId, LocalDate byAssociation, LocalDate byCounty) {
        CooperationAgreement agreement = get(agreementId);
        LocalDate today = today();
        Problems problems = new Problems(messages);
        required(problems, byAssociation, "signedByAssociationOn");
        required(problems, byCounty, "signedByCountyOn");
        problems.addIf(byAssociation != null && byAssociation.isAfter(today), "cooperation.signature.future", label("signedByAssociationOn"));
        problems.addIf(byCounty != null && byCounty.isAfter(today), "cooperation.signature.future", label("signedByCountyOn"));
        problems.addIf(byAssociation != null && byCounty != null && byCounty.isBefore(byAssociation), "cooperation.signature.order");
        LocalDate approvedOn = agreement.getApprovedOn();
        problems.addIf(approvedOn != null && ((byAssociation != null && byAssociation.isBefore(approvedOn))
                || (byCounty != null && byCounty.isBefore(approvedOn))), "cooperation.signature.beforeApproval", DATE.format(approvedOn));
        problems.throwIfAny();
        agreement.sign(byAssociation, byCounty);
        return agreement;
    }

    /** "Muistuta sopimuksen tarkistamisesta": mail to the association's contact, recorded on the agreement. */
    @Transactional
    void remindOfReview(long agreementId) {
        CooperationAgreement agreement = get(agreementId);
        String number = agreement.getAgreementNumber();
        mailer.send(new Mail(null, agreement.getContactEmail(),
                messages.get("cooperation.mail.review.subject", number),
                messages.get("cooperation.mail.review.body", agreement.getAssociationName(), number, agreement.getSubject(),
                        DATE.format(agreement.getEndsOn()), agreement.getCountyContact(), region.name()),
                null));
        agreement.reviewReminderSent(Now.instant());
    }

    /**
     * "Tallenna päätös jatkosta": renewal moves the end date later; ending lets the period run out.
     *
     * @return whether the agreement was renewed
     */
    @Transactional
    boolean decideContinuation(long agreementId, Continuation choice, LocalDate newEndsOn, String notes, String by) {
        CooperationAgreement agreement = get(agreementId);
        boolean renew = choice == Continuation.RENEW;
        boolean end = choice == Continuation.END;
        Problems problems = new Problems(messages);
        problems.addIf(!renew && !end, "cooperation.continuation.required");
        problems.addIf(renew && (newEndsOn == null || !newEndsOn.isAfter(agreement.getEndsOn())),
                "cooperation.continuation.newEnd.invalid", DATE.format(agreement.getEndsOn()));
        problems.throwIfAny();
        if (renew) {
            agreement.renew(newEndsOn, notes, by);
        } else {
            agreement.decideToEnd(notes, by);
        }
        return renew;
    }

    /** "Kirjaa sopimus päättyneeksi". */
    @Transactional
    void markEnded(long agreementId) {
        CooperationAgreement agreement = get(agreementId);
        agreement.end(agreement.getEndsOn());
    }

    /** Timer "Tarkistus lähestyy": the start of the day 60 days before the end date, Finnish time. */
    @Transactional(readOnly = true)
    public Date reviewDue(long agreementId) {
        return Date.from(get(agreementId).getEndsOn().minusDays(REVIEW_DAYS_BEFORE_END).atStartOfDay(Now.HELSINKI).toInstant());
    }

    /** Timer "Sopimuskausi päättynyt": the end of the end date, Finnish time. */
    @Transactional(readOnly = true)
    public Date periodEnds(long agreementId) {
        return Date.from(get(agreementId).getEndsOn().plusDays(1).atStartOfDay(Now.HELSINKI).toInstant());
    }

    @Transactional(readOnly = true)
    CooperationAgreement get(long agreementId) {
        return agreements.findById(agreementId).orElseThrow(() -> new IllegalStateException("No cooperation agreement " + agreementId));
    }

    private void required(Problems problems, Object value, String field) {
        problems.addIf(value == null, "cooperation.required", label(field));
    }

    private String label(String field) {
        return messages.get("cooperation.field." + field);
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
