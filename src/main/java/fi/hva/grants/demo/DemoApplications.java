package fi.hva.grants.demo;

import static fi.hva.grants.grant.ApplicationFormFields.*;

import fi.hva.grants.demo.DemoData.AtListingCheck;
import fi.hva.grants.demo.DemoData.DemoApplication;
import fi.hva.grants.demo.DemoData.DemoAssociation;
import fi.hva.grants.demo.DemoData.InfoRequested;
import fi.hva.grants.demo.DemoData.Scored;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.lahella.ListingProperties;
import fi.hva.grants.process.ProcessKeys;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Submits a demo application to the grantApplication process and works its tasks as far as the data
 * says. Task and field keys are those of processes/grant-application.bpmn and forms/.
 */
@Component
@Profile("demo")
class DemoApplications {

    private static final String LISTING_CHECK_TASK = "checkListingManually";
    private static final String REVIEW_TASK = "reviewApplication";
    private static final int INFO_DAYS = 14;

    private final ProcessDriver driver;
    private final ListingProperties listing;

    DemoApplications(ProcessDriver driver, ListingProperties listing) {
        this.driver = driver;
        this.listing = listing;
    }

    void submit(DemoApplication application, String callCode, LocalDate today) {
        String instanceId = driver.start(ProcessKeys.APPLICATION_PROCESS, applicationForm(application, callCode, today)).getId();
        if (application.progress() instanceof AtListingCheck) {
            return;
        }
        // Only associations the listing service does not know reach the officer; the others went on by themselves.
        driver.openTask(instanceId, LISTING_CHECK_TASK).ifPresent(task ->
                driver.complete(task, DemoData.LIAISON_OFFICER, listingForm(application.association())));
        if (application.progress() instanceof InfoRequested info) {
            driver.complete(driver.task(instanceId, REVIEW_TASK), info.reviewer(), Map.of(
                    "reviewOutcome", "NEEDS_INFO",
                    "infoQuestion", info.question(),
                    "infoDeadline", today.plusDays(INFO_DAYS).toString()));
        } else if (application.progress() instanceof Scored scored) {
            Map<String, Object> form = new HashMap<>(scoreFields(scored.scores()));
            form.put("reviewOutcome", "SCORED");
            form.put("proposedAmount", scored.proposedAmount());
            form.put("reviewReasoning", scored.reasoning());
            driver.complete(driver.task(instanceId, REVIEW_TASK), scored.reviewer(), form);
        }
    }

    private static Map<String, Object> applicationForm(DemoApplication application, String callCode, LocalDate today) {
        DemoAssociation association = application.association();
        Map<String, Object> form = new HashMap<>();
        form.put(CALL_CODE, callCode);
        form.put(ASSOCIATION_NAME, association.name());
        form.put(BUSINESS_ID, association.businessId());
        form.put(MUNICIPALITY, association.municipality());
        form.put(CONTACT_NAME, association.contactName());
        form.put(CONTACT_EMAIL, association.contactEmail());
        form.put(IBAN, association.iban());
        form.put(ACTIVITY_NAME, application.activityName());
        form.put(ACTIVITY_DESCRIPTION, application.activityDescription());
        form.put(ACTIVITY_TYPE, application.activityType().name());
        form.put(TARGET_GROUP, application.targetGroup().name());
        form.put(CONTENT_AREA, application.contentArea());
        form.put(HYTE_AREA, application.hyteArea());
        form.put(REQUESTED_AMOUNT, application.requestedAmount());
        form.put(PARTNERSHIP_GRANT_DECLARED, false);
        form.put(MUNICIPAL_FUNDING_DECLARED, false);
        form.put(CHANNEL, application.channel().name());
        // A paper applicant gave no consent to electronic notice: the decision goes to the registry office's print queue.
        form.put(ELECTRONIC_NOTICE_CONSENT, application.channel() == Channel.ELECTRONIC);
        if (application.channel() == Channel.PAPER) {
            form.put(RECEIVED_ON, today.minusDays(DemoData.PAPER_RECEIVED_DAYS_AGO).toString());
            form.put(POSTAL_ADDRESS, association.name() + "\nPL 100\n" + association.municipality().toUpperCase(Locale.ROOT));
        }
        return form;
    }

    /** The officer found the association in the listing service by hand. */
    private Map<String, Object> listingForm(DemoAssociation association) {
        return Map.of(
                "listingResult", "LISTED",
                "listingUrl", listing.baseUrl().toString().replaceAll("/+$", "") + "/jarjestot/" + association.businessId());
    }

    /** The review form's score fields, one per criterion of the call in its order. */
    private static Map<String, Object> scoreFields(List<Integer> scores) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            fields.put("score" + (i + 1), scores.get(i));
        }
        return fields;
    }
}
