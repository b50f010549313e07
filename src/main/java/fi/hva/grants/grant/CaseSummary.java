package fi.hva.grants.grant;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import fi.hva.grants.lahella.ListingProperties;
import fi.hva.grants.register.RegisterSummary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application as an officer reads it in a task form: facts first, then the eligibility flags
 * that the reviewer must weigh (listing, double funding, municipal activity, open report, details
 * that differ from the association register, PRH's register), then each stage of the decision as it was
 * taken. The association's details are those the applicant gave in this application, with PRH's data
 * beside them; every value a person typed goes through {@link Markdown}.
 */
@Component
public class CaseSummary {

    private final Applications applications;
    private final InfoRequestRepository infoRequests;
    private final DisqualificationRepository disqualifications;
    private final Messages messages;
    private final ListingProperties listing;
    private final PartnershipGrantRegister partnershipGrants;
    private final AttachmentLinks attachmentLinks;
    private final RegisterDifferences registerDifferences;
    private final RegisterSummary prhRegister;
    private final DecisionStages stages;

    CaseSummary(Applications applications, InfoRequestRepository infoRequests,
                       DisqualificationRepository disqualifications, Messages messages, ListingProperties listing,
                       PartnershipGrantRegister partnershipGrants, AttachmentLinks attachmentLinks,
                       RegisterDifferences registerDifferences, RegisterSummary prhRegister, DecisionStages stages) {
        this.applications = applications;
        this.infoRequests = infoRequests;
        this.disqualifications = disqualifications;
        this.messages = messages;
        this.listing = listing;
        this.partnershipGrants = partnershipGrants;
        this.attachmentLinks = attachmentLinks;
        this.registerDifferences = registerDifferences;
        this.prhRegister = prhRegister;
        this.stages = stages;
    }

    @Transactional(readOnly = true)
    public String of(long applicationId) {
        GrantApplication a = applications.get(applicationId);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("summary.title", a.getApplicationNumber(), a.getCall().getCode(),
                messages.label("channel", a.getChannel()), Messages.DATE_TIME.format(a.getSubmittedAt())));
        lines.add("");
        lines.add(item("summary.association", text(a.getAssociationName()), a.getAssociation().getBusinessId(),
                text(a.getMunicipality())));
        RegisterSummary.View prh = prhRegister.of(a.getId(), a.getAssociation().getBusinessId(), a.getAssociationName());
        lines.add("- " + prh.line());
        lines.add(item("summary.contact", text(a.getContactName()), text(a.getContactEmail()), text(a.getContactPhone())));
        lines.add(item("summary.activity", text(a.getActivityName())));
        lines.add(item("summary.description", text(a.getActivityDescription())));
        lines.add(item("summary.classification", messages.label("activityType", a.getActivityType()),
                messages.label("targetGroup", a.getTargetGroup()), messages.label("contentArea", a.getContentArea()),
                messages.label("hyteArea", a.getHyteArea())));
        lines.add(item("summary.requested", Messages.euros(a.getRequestedAmount()), text(a.getIban())));
        lines.add(item("summary.declarations", declared(a.getDeclarations().registeredAssociation()),
                declared(a.getDeclarations().nonProfit()), declared(a.getDeclarations().activityWhollyForRegion()),
                declared(a.getDeclarations().separateBookkeeping())));
        lines.addAll(attachmentLinks.of(a));
        lines.add("");
        lines.add("**" + messages.get("summary.flags") + "**");
        lines.add("");
        flags(a, prh).forEach(flag -> lines.add("- " + flag));
        infoRequests.findByApplicationIdOrderByRequestedAt(a.getId()).forEach(request -> lines.add(
                item("summary.infoRequest", Messages.DATE_TIME.format(request.getRequestedAt()), text(request.getQuestion()),
                        messages.label("infoRequestStatus", request.getStatus()), text(request.getAnswer()))));
        List<DecisionStage> decisionStages = stages.of(a.getId());
        if (!decisionStages.isEmpty()) {
            lines.add("");
            lines.add("**" + messages.get("summary.stages") + "**");
            lines.add("");
            decisionStages.forEach(stage -> lines.add(item("stage." + stage.getKind().name(), Messages.euros(stage.getAmount()),
                    text(stage.getRecordedBy()), Messages.DATE_TIME.format(stage.getRecordedAt()), text(stage.getReasoning()),
                    text(a.decisionReference()))));
        }
        return String.join("\n", lines);
    }

    private String declared(Boolean answer) {
        return messages.get(answer == null ? "summary.declared.unanswered" : answer ? "summary.declared.yes" : "summary.declared.no");
    }

    private List<String> flags(GrantApplication a, RegisterSummary.View prh) {
        List<String> flags = new ArrayList<>();
        if (a.isLate()) {
            flags.add(messages.get("flag.late"));
        }
        registerDifferences.of(a).ifPresent(flags::add);
        if (a.getEligibility() != null && a.getEligibility() != Eligibility.ELIGIBLE) {
            flags.add(messages.get("flag.eligibility." + a.getEligibility().name(), text(a.getEligibilityReason())));
        }
        flags.addAll(prh.flags());
        if (a.getListingStatus() != null) {
            String flag = messages.get("flag.listing." + listing.subject().name() + "." + a.getListingStatus().name(), text(a.getListingUrl()),
                    text(a.getListingCheckedBy()));
            flags.add(a.getListingReason() == null ? flag
                    : flag + " " + messages.get("listing.reason." + a.getListingReason().name(), listing.serviceName()));
        }
        if (a.isPartnershipGrantDeclared()) {
            flags.add(messages.get("flag.partnershipGrant"));
        }
        partnershipGrants.partnershipGrantsOf(a.getAssociation().getBusinessId(), a.getCall().getGrantYear())
                .forEach(agreement -> flags.add(messages.get("flag.partnershipAgreement", agreement)));
        partnershipGrants.partnershipInitiativesOf(a.getAssociation().getBusinessId(), a.getCall().getGrantYear())
                .forEach(initiative -> flags.add(messages.get("flag.partnershipInitiative", initiative)));
        if (a.isMunicipalFundingDeclared()) {
            flags.add(messages.get("flag.municipalFunding"));
        }
        if (Boolean.TRUE.equals(a.getMunicipalActivity())) {
            flags.add(messages.get("flag.municipalActivity"));
        }
        if (a.getAssociation().isPreviousReportPending()) {
            flags.add(messages.get("flag.previousReportPending"));
        }
        disqualifications.findByApplicationId(a.getId()).forEach(d ->
                flags.add(messages.get("flag.disqualified", text(d.getUserId()), text(d.getReason()))));
        if (flags.isEmpty()) {
            flags.add(messages.get("flag.none"));
        }
        return flags;
    }

    private String item(String key, Object... args) {
        return "- " + messages.get(key, args);
    }

    private static String text(String value) {
        return Markdown.text(value);
    }
}
