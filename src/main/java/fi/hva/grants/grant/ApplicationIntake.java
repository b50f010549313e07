package fi.hva.grants.grant;

import fi.hva.grants.association.Association;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.association.BusinessId;
import fi.hva.grants.call.CallStatus;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.Iban;
import fi.hva.grants.common.InvalidInputException;
import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks and stores an incoming application; nothing is stored when any check fails. */
@Service
class ApplicationIntake {

    private final ApplicationValidator validator;
    private final GrantCallRepository calls;
    private final AssociationRepository associations;
    private final GrantApplicationRepository applications;
    private final ApplicationNumbers numbers;
    private final Messages messages;

    ApplicationIntake(ApplicationValidator validator, GrantCallRepository calls,
                             AssociationRepository associations, GrantApplicationRepository applications,
                             ApplicationNumbers numbers, Messages messages) {
        this.validator = validator;
        this.calls = calls;
        this.associations = associations;
        this.applications = applications;
        this.numbers = numbers;
        this.messages = messages;
    }

    @Transactional
    public GrantApplication register(ApplicationDetails form, Channel channel) {
        validator.checkFields(form);
        GrantCall call = calls.findByCode(form.callCode().toUpperCase())
                .orElseThrow(() -> new InvalidInputException(List.of(messages.get("application.call.unknown", form.callCode()))));
        validator.checkAgainstCall(form, call);
        Instant submittedAt = submissionTime(form, channel);
        BusinessId businessId = BusinessId.parse(form.businessId()).orElseThrow();
        Iban iban = Iban.parse(form.iban()).orElseThrow();
        ApplicationDetails normalized = canonical(form, businessId, iban);
        Association association = associationOf(businessId, iban, normalized);
        String number = numbers.next(call.getGrantType(), call.getGrantYear());
        return applications.save(new GrantApplication(number, call, association, normalized, channel, submittedAt));
    }

    /**
     * Whether a late application arrived only after the decision body had decided the call, so that the call's
     * decision does not cover it and it needs a decision of its own.
     */
    @Transactional
    public boolean arrivedAfterCallDecision(GrantApplication application) {
        return application.isLate()
                && CallStatus.DECIDED.name().equals(calls.lockedStatus(application.getCall().getId()));
    }

    /** A paper application counts from the day the county received it, not from the day it was typed in. */
    private Instant submissionTime(ApplicationDetails form, Channel channel) {
        Instant now = Now.instant();
        if (channel != Channel.PAPER || form.receivedOn() == null) {
            return now;
        }
        Instant received = form.receivedOn().atStartOfDay(Now.HELSINKI).toInstant();
        if (received.isAfter(now)) {
            throw new InvalidInputException(List.of(messages.get("application.receivedOn.future")));
        }
        return received;
    }

    /**
     * The register entry of the business id. An application never changes an existing one, whatever its channel:
     * an e-mail address proves no right to represent the association, and a paper form typed in by the liaison
     * officer is only what someone mailed in the association's name. The application keeps its own details, and
     * the case summary shows where they differ from the register. A business id seen for the first time gets its
     * entry from this application, as there is no other source yet.
     */
    private Association associationOf(BusinessId businessId, Iban iban, ApplicationDetails form) {
        return associations.find(businessId)
                .orElseGet(() -> associations.save(new Association(businessId.value(), form.associationName(),
                        form.municipality(), form.contactEmail(), iban.value())));
    }

    /** The checked form with the business id and account number as they are stored. */
    private static ApplicationDetails canonical(ApplicationDetails form, BusinessId businessId, Iban iban) {
        return new ApplicationDetails(form.callCode(), businessId.value(), form.associationName(),
                form.municipality(), form.contactName(), form.contactEmail(), form.contactPhone(),
                iban.value(), form.activityName(), form.activityDescription(),
                form.activityType(), form.targetGroup(), form.contentArea(), form.hyteArea(), form.requestedAmount(),
                form.partnershipGrantDeclared(), form.municipalFundingDeclared(), form.electronicNoticeConsent(), form.postalAddress(),
                form.receivedOn(), form.requestedAmountUnreadable(), form.declarations());
    }
}
