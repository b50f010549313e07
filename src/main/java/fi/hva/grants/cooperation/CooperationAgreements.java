package fi.hva.grants.cooperation;

import static fi.hva.grants.cooperation.AgreementForms.ASSOCIATION_NAME;
import static fi.hva.grants.cooperation.AgreementForms.BUSINESS_ID;
import static fi.hva.grants.cooperation.AgreementForms.CONTACT_EMAIL;
import static fi.hva.grants.cooperation.AgreementForms.COUNTY_CONTACT;
import static fi.hva.grants.cooperation.AgreementForms.ENDS_ON;
import static fi.hva.grants.cooperation.AgreementForms.KIND;
import static fi.hva.grants.cooperation.AgreementForms.STARTS_ON;
import static fi.hva.grants.cooperation.AgreementForms.SUBJECT;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.EmailAddress;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.region.RegionProperties;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;
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

    public CooperationAgreements(CooperationAgreementRepository agreements, AgreementNumbers numbers, Mailer mailer,
                                 Messages messages, RegionProperties region) {
        this.agreements = agreements;
        this.numbers = numbers;
        this.mailer = mailer;
        this.messages = messages;
        this.region = region;
    }

    /** "Kirjaa sopimus": the start form's fields; nothing is stored unless all of them are right. */
    @Transactional
    public CooperationAgreement register(Map<String, Object> form) {
        String associationName = FormValues.text(form.get(ASSOCIATION_NAME));
        String businessId = BusinessId.normalize(FormValues.text(form.get(BUSINESS_ID)));
        String email = FormValues.text(form.get(CONTACT_EMAIL));
        String subject = FormValues.text(form.get(SUBJECT));
        String kind = FormValues.text(form.get(KIND));
        LocalDate startsOn = FormValues.date(form.get(STARTS_ON));
        LocalDate endsOn = FormValues.date(form.get(ENDS_ON));
        String countyContact = FormValues.text(form.get(COUNTY_CONTACT));

        Problems problems = new Problems(messages);
        required(problems, associationName, "associationName");
        required(problems, businessId, "businessId");
        required(problems, email, "contactEmail");
        required(problems, subject, "subject");
        required(problems, kind, "kind");
        required(problems, startsOn, "startsOn");
        required(problems, endsOn, "endsOn");
        required(problems, countyContact, "countyContact");
        problems.addIf(businessId != null && !BusinessId.isValid(businessId), "cooperation.businessId.invalid", businessId);
        problems.addIf(email != null && !EmailAddress.isValid(email), "cooperation.email.invalid", email);
        problems.addIf(kind != null && Arrays.stream(AgreementKind.values()).noneMatch(k -> k.name().equals(kind)),
                "cooperation.kind.unknown", kind);
        problems.addIf(startsOn != null && endsOn != null && !endsOn.isAfter(startsOn), "cooperation.period.invalid");
        problems.addIf(endsOn != null && endsOn.isBefore(today()), "cooperation.endsOn.past");
        problems.addIf(associationName != null && associationName.length() > 200, "cooperation.tooLong", label("associationName"), "200");
        problems.addIf(subject != null && subject.length() > 500, "cooperation.tooLong", label("subject"), "500");
        problems.throwIfAny();

        String number = numbers.next(today().getYear());
        return agreements.save(new CooperationAgreement(number, AgreementKind.valueOf(kind), associationName, businessId,
                email, subject, countyContact, startsOn, endsOn, Now.instant()));
    }

    /** "Tallenna sopimusluonnos": the terms and what each party is responsible for. */
    @Transactional
    public CooperationAgreement prepare(Object agreementId, String terms, String associationResponsibilities,
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
    public boolean recordApproval(Object agreementId, String outcome, String notes, String reference, LocalDate decidedOn,
                                  String by) {
        CooperationAgreement agreement = get(agreementId);
        boolean approved = "APPROVED".equals(outcome);
        boolean returned = "RETURNED".equals(outcome);
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
    public CooperationAgreement sign(Object agreementId, LocalDate byAssociation, LocalDate byCounty) {
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
    public void remindOfReview(Object agreementId) {
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
    public boolean decideContinuation(Object agreementId, String choice, LocalDate newEndsOn, String notes, String by) {
        CooperationAgreement agreement = get(agreementId);
        boolean renew = "RENEW".equals(choice);
        boolean end = "END".equals(choice);
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
    public void markEnded(Object agreementId) {
        CooperationAgreement agreement = get(agreementId);
        agreement.end(agreement.getEndsOn());
    }

    /** Timer "Tarkistus lähestyy": the start of the day 60 days before the end date, Finnish time. */
    @Transactional(readOnly = true)
    public Date reviewDue(Object agreementId) {
        return Date.from(get(agreementId).getEndsOn().minusDays(REVIEW_DAYS_BEFORE_END).atStartOfDay(Now.HELSINKI).toInstant());
    }

    /** Timer "Sopimuskausi päättynyt": the end of the end date, Finnish time. */
    @Transactional(readOnly = true)
    public Date periodEnds(Object agreementId) {
        return Date.from(get(agreementId).getEndsOn().plusDays(1).atStartOfDay(Now.HELSINKI).toInstant());
    }

    @Transactional(readOnly = true)
    public CooperationAgreement get(Object agreementId) {
        long id = ((Number) agreementId).longValue();
        return agreements.findById(id).orElseThrow(() -> new IllegalStateException("No cooperation agreement " + id));
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
