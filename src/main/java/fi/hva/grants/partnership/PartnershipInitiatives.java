package fi.hva.grants.partnership;

import fi.hva.grants.common.EmailAddress;
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

    PartnershipInitiatives(PartnershipRepository repository, Partnerships partnerships, PartnershipNumbers numbers,
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
    Partnership register(InitiativeRegistration form) {
        Initiative initiative = check(form);
        return repository.save(new Partnership(numbers.next(today().getYear()), initiative, Now.instant()));
    }

    private Initiative check(InitiativeRegistration form) {
        String name = form.associationName();
        String email = form.contactEmail();
        String project = form.projectName();
        String description = form.projectDescription();
        Integer firstYear = form.firstYear().value();
        Integer lastYear = form.lastYear().value();
        BigDecimal yearlyMaximum = form.yearlyMaximum().value();
        LocalDate receivedOn = form.receivedOn().value();

        Problems problems = new Problems(messages);
        present(problems, InitiativeRegistration.INITIATED_BY, form.initiatedBy().text(), form.initiatedBy().text());
        present(problems, InitiativeRegistration.ASSOCIATION_NAME, name, name);
        present(problems, InitiativeRegistration.BUSINESS_ID, form.businessId().text(), form.businessId().text());
        present(problems, InitiativeRegistration.CONTACT_EMAIL, email, email);
        present(problems, InitiativeRegistration.IBAN, form.iban().text(), form.iban().text());
        present(problems, InitiativeRegistration.PROJECT_NAME, project, project);
        present(problems, InitiativeRegistration.PROJECT_DESCRIPTION, description, description);
        present(problems, InitiativeRegistration.EXTERNAL_FUNDER, form.externalFunder().text(), form.externalFunder().text());
        present(problems, InitiativeRegistration.FIRST_YEAR, form.firstYear().text(), firstYear);
        present(problems, InitiativeRegistration.LAST_YEAR, form.lastYear().text(), lastYear);
        present(problems, InitiativeRegistration.YEARLY_MAXIMUM, form.yearlyMaximum().text(), yearlyMaximum);
        present(problems, InitiativeRegistration.RECEIVED_ON, form.receivedOn().text(), receivedOn);
        unreadable(problems, form.initiatedBy(), "partnershipGrant.choice.unknown");
        unreadable(problems, form.externalFunder(), "partnershipGrant.choice.unknown");
        unreadable(problems, form.businessId(), "partnershipGrant.businessId.invalid");
        problems.addIf(email != null && !EmailAddress.isValid(email), "partnershipGrant.email.invalid", email);
        unreadable(problems, form.iban(), "partnershipGrant.iban.invalid");
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
        problems.addIf(receivedOn != null && form.initiatedBy().value() == Initiator.ASSOCIATION
                && !region.partnership().acceptsInitiativeOn(receivedOn), "partnershipGrant.initiative.outsidePeriod",
                region.partnership().initiativePeriodStart(), region.partnership().initiativePeriodEnd());
        problems.addIf(form.externalFunder().value() != null && !region.partnership().coFinances(form.externalFunder().value().name()),
                "partnershipGrant.funder.notOffered", messages.label("partnershipGrant.funder", form.externalFunder().value()), region.name());
        problems.throwIfAny();
        return new Initiative(form.initiatedBy().value(), name, form.businessId().value().value(), email, form.iban().value().value(),
                project, description, form.externalFunder().value(), firstYear, lastYear, yearlyMaximum, receivedOn);
    }

    /**
     * "Tallenna alustava arvio": the criteria the partnership manager found met, and the notes. The
     * DMN table partnershipEligibility then decides from them whether negotiations start.
     */
    @Transactional
    void assess(long partnershipId, Collection<PartnershipCriterion> criteriaMet, String notes, String by) {
        Partnership partnership = partnerships.get(partnershipId);
        Problems problems = new Problems(messages);
        problems.addIf(criteriaMet.size() < PartnershipCriterion.values().length && notes == null,
                "partnershipGrant.assessment.notesRequired");
        problems.addIf(notes != null && notes.length() > 4000, "partnershipGrant.tooLong",
                messages.get("partnershipGrant.field.assessmentNotes"), "4000");
        problems.throwIfAny();
        partnership.assess(String.join(",", criteriaMet.stream().map(Enum::name).toList()), notes, by);
    }

    /** Whether the manager found the criterion met; the DMN table's inputs. */
    @Transactional(readOnly = true)
    public boolean meets(long partnershipId, String criterion) {
        String met = partnerships.get(partnershipId).getCriteriaMet();
        return met != null && Arrays.asList(met.split(",")).contains(criterion);
    }

    /** "Ilmoita aloitteen hylkäämisestä": the association is told which criteria were not met. */
    @Transactional
    void reject(long partnershipId) {
        Partnership partnership = partnerships.get(partnershipId);
        String unmet = Arrays.stream(PartnershipCriterion.values()).filter(PartnershipCriterion::required)
                .filter(c -> !meets(partnershipId, c.name()))
                .map(c -> "- " + messages.get("partnershipGrant.criterion." + c.name())).reduce((a, b) -> a + "\n" + b).orElse("");
        partnership.reject();
        mailer.send(new Mail(null, partnership.getContactEmail(),
                messages.get("partnershipGrant.mail.rejected.subject", partnership.getPartnershipNumber()),
                messages.get("partnershipGrant.mail.rejected.body", partnership.getAssociationName(), partnership.getProjectName(),
                        unmet, partnership.getAssessmentNotes() == null ? "" : partnership.getAssessmentNotes(), region.name()),
                null));
    }

    /** A missing field and a field that is not a number or date are told apart. */
    private void present(Problems problems, String field, String written, Object parsed) {
        String label = messages.get("partnershipGrant.field." + field);
        if (written == null) {
            problems.add("partnershipGrant.required", label);
        } else if (parsed == null) {
            problems.add("partnershipGrant.invalidValue", label);
        }
    }

    /** Written but not one of the choices, or no valid business id or account number: the message quotes it. */
    private static void unreadable(Problems problems, Written<?> written, String key) {
        problems.addIf(written.text() != null && written.value() == null, key, written.text());
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Now.instant(), Now.HELSINKI);
    }
}
