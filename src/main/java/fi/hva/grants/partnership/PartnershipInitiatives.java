package fi.hva.grants.partnership;

import fi.hva.grants.association.BusinessId;
import fi.hva.grants.common.EmailAddress;
import fi.hva.grants.common.FormValues;
import fi.hva.grants.common.Iban;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import fi.hva.grants.notification.Mail;
import fi.hva.grants.notification.Mailer;
import fi.hva.grants.region.RegionProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership initiative from its registration to the preliminary assessment against the
 * partnership criteria. Every input is checked here and refused with Finnish messages, all at once.
 */
@Service("partnershipInitiatives")
public class PartnershipInitiatives {

    /** Project periods of STEA and ESR funding run for at most five years. */
    static final int MAX_PROJECT_YEARS = 5;
    static final BigDecimal MAX_YEARLY_AMOUNT = new BigDecimal("10000000");


    private final PartnershipRepository repository;
    private final Partnerships partnerships;
    private final PartnershipNumbers numbers;
    private final RegionProperties region;
    private final Mailer mailer;
    private final Messages messages;

    public PartnershipInitiatives(PartnershipRepository repository, Partnerships partnerships, PartnershipNumbers numbers,
                                  RegionProperties region, Mailer mailer, Messages messages) {
        this.repository = repository;
        this.partnerships = partnerships;
        this.numbers = numbers;
        this.region = region;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** "Tarkista ja kirjaa aloite": nothing is stored unless every field is right. */
    @Transactional
    public Partnership register(Map<String, Object> form) {
        Initiative initiative = check(form);
        return repository.save(new Partnership(numbers.next(today().getYear()), initiative, Now.instant()));
    }

    private Initiative check(Map<String, Object> form) {
        String initiatedBy = FormValues.text(form.get(PartnershipFields.INITIATED_BY));
        String name = FormValues.text(form.get(PartnershipFields.ASSOCIATION_NAME));
        String businessId = BusinessId.normalize(FormValues.text(form.get(PartnershipFields.BUSINESS_ID)));
        String email = FormValues.text(form.get(PartnershipFields.CONTACT_EMAIL));
        String iban = FormValues.text(form.get(PartnershipFields.IBAN));
        String project = FormValues.text(form.get(PartnershipFields.PROJECT_NAME));
        String description = FormValues.text(form.get(PartnershipFields.PROJECT_DESCRIPTION));
        String funder = FormValues.text(form.get(PartnershipFields.EXTERNAL_FUNDER));
        Integer firstYear = FormValues.integer(form.get(PartnershipFields.FIRST_YEAR));
        Integer lastYear = FormValues.integer(form.get(PartnershipFields.LAST_YEAR));
        BigDecimal yearlyMaximum = FormValues.amount(form.get(PartnershipFields.YEARLY_MAXIMUM));
        LocalDate receivedOn = FormValues.date(form.get(PartnershipFields.RECEIVED_ON));

        Problems problems = new Problems(messages);
        present(problems, form, PartnershipFields.INITIATED_BY, initiatedBy);
        present(problems, form, PartnershipFields.ASSOCIATION_NAME, name);
        present(problems, form, PartnershipFields.BUSINESS_ID, businessId);
        present(problems, form, PartnershipFields.CONTACT_EMAIL, email);
        present(problems, form, PartnershipFields.IBAN, iban);
        present(problems, form, PartnershipFields.PROJECT_NAME, project);
        present(problems, form, PartnershipFields.PROJECT_DESCRIPTION, description);
        present(problems, form, PartnershipFields.EXTERNAL_FUNDER, funder);
        present(problems, form, PartnershipFields.FIRST_YEAR, firstYear);
        present(problems, form, PartnershipFields.LAST_YEAR, lastYear);
        present(problems, form, PartnershipFields.YEARLY_MAXIMUM, yearlyMaximum);
        present(problems, form, PartnershipFields.RECEIVED_ON, receivedOn);
        problems.addIf(initiatedBy != null && !isOneOf(initiatedBy, Initiator.values()), "partnershipGrant.choice.unknown", initiatedBy);
        problems.addIf(funder != null && !isOneOf(funder, ExternalFunder.values()), "partnershipGrant.choice.unknown", funder);
        problems.addIf(businessId != null && !BusinessId.isValid(businessId), "partnershipGrant.businessId.invalid", businessId);
        problems.addIf(email != null && !EmailAddress.isValid(email), "partnershipGrant.email.invalid", email);
        problems.addIf(iban != null && !Iban.isValid(iban), "partnershipGrant.iban.invalid", iban);
        problems.addIf(name != null && name.length() > 200, "partnershipGrant.tooLong", messages.get("partnershipGrant.field.associationName"), "200");
        problems.addIf(project != null && project.length() > 200, "partnershipGrant.tooLong", messages.get("partnershipGrant.field.projectName"), "200");
        problems.addIf(description != null && description.length() > 4000, "partnershipGrant.tooLong",
                messages.get("partnershipGrant.field.projectDescription"), "4000");
        int thisYear = today().getYear();
        problems.addIf(firstYear != null && (firstYear < thisYear || firstYear > thisYear + 2), "partnershipGrant.firstYear.invalid",
                String.valueOf(thisYear), String.valueOf(thisYear + 2));
        problems.addIf(firstYear != null && lastYear != null && (lastYear < firstYear || lastYear - firstYear >= MAX_PROJECT_YEARS),
                "partnershipGrant.period.invalid", String.valueOf(MAX_PROJECT_YEARS));
        problems.addIf(yearlyMaximum != null && (yearlyMaximum.signum() <= 0 || yearlyMaximum.compareTo(MAX_YEARLY_AMOUNT) > 0),
                "partnershipGrant.amount.invalid");
        problems.addIf(receivedOn != null && receivedOn.isAfter(today()), "partnershipGrant.receivedOn.future");
        problems.addIf(receivedOn != null && Initiator.ASSOCIATION.name().equals(initiatedBy)
                && !region.partnership().acceptsInitiativeOn(receivedOn), "partnershipGrant.initiative.outsidePeriod",
                region.partnership().initiativePeriodStart(), region.partnership().initiativePeriodEnd());
        problems.throwIfAny();
        return new Initiative(Initiator.valueOf(initiatedBy), name, businessId, email, Iban.normalize(iban), project, description,
                ExternalFunder.valueOf(funder), firstYear, lastYear, yearlyMaximum, receivedOn);
    }

    /**
     * "Tallenna alustava arvio": the criteria the partnership manager found met, and the notes. The
     * DMN table partnershipEligibility then decides from them whether negotiations start.
     */
    @Transactional
    public void assess(Object partnershipId, Collection<String> criteriaMet, String notes, String by) {
        Partnership partnership = partnerships.get(partnershipId);
        Problems problems = new Problems(messages);
        problems.addIf(criteriaMet.size() < PartnershipCriterion.values().length && notes == null,
                "partnershipGrant.assessment.notesRequired");
        problems.addIf(notes != null && notes.length() > 4000, "partnershipGrant.tooLong",
                messages.get("partnershipGrant.field.assessmentNotes"), "4000");
        problems.throwIfAny();
        partnership.assess(String.join(",", criteriaMet), notes, by);
    }

    /** Whether the manager found the criterion met; the DMN table's inputs. */
    @Transactional(readOnly = true)
    public boolean meets(Object partnershipId, String criterion) {
        String met = partnerships.get(partnershipId).getCriteriaMet();
        return met != null && Arrays.asList(met.split(",")).contains(criterion);
    }

    /** "Ilmoita aloitteen hylkäämisestä": the association is told which criteria were not met. */
    @Transactional
    public void reject(Object partnershipId) {
        Partnership partnership = partnerships.get(partnershipId);
        String unmet = Arrays.stream(PartnershipCriterion.values()).filter(c -> !meets(partnershipId, c.name()))
                .map(c -> "- " + messages.get("partnershipGrant.criterion." + c.name())).reduce((a, b) -> a + "\n" + b).orElse("");
        partnership.reject();
        mailer.send(new Mail(null, partnership.getContactEmail(),
                messages.get("partnershipGrant.mail.rejected.subject", partnership.getPartnershipNumber()),
                messages.get("partnershipGrant.mail.rejected.body", partnership.getAssociationName(), partnership.getProjectName(),
                        unmet, partnership.getAssessmentNotes() == null ? "" : partnership.getAssessmentNotes(), region.name()),
                null));
    }

    /** A missing field and a field that is not a number or date are told apart. */
    private void present(Problems problems, Map<String, Object> form, String field, Object parsed) {
        String label = messages.get("partnershipGrant.field." + field);
        if (FormValues.text(form.get(field)) == null) {
            problems.add("partnershipGrant.required", label);
        } else if (parsed == null) {
            problems.add("partnershipGrant.invalidValue", label);
        }
    }

    private static boolean isOneOf(String value, Enum<?>[] values) {
        return Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
