package fi.hva.grants.partnership;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.document.HtmlPdf;
import fi.hva.grants.region.RegionProperties;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The draft partnership agreement as PDF, from the template letters/partnership-agreement.html. */
@Component
class PartnershipAgreementRenderer {

    private final HtmlPdf htmlPdf;
    private final RegionProperties region;
    private final Messages messages;

    PartnershipAgreementRenderer(HtmlPdf htmlPdf, RegionProperties region, Messages messages) {
        this.htmlPdf = htmlPdf;
        this.region = region;
        this.messages = messages;
    }

    byte[] render(Partnership partnership) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("regionName", region.name());
        variables.put("decisionBody", region.decisionBody());
        variables.put("partnershipNumber", partnership.getPartnershipNumber());
        variables.put("associationName", partnership.getAssociationName());
        variables.put("businessId", partnership.getBusinessId());
        variables.put("projectName", partnership.getProjectName());
        variables.put("projectDescription", partnership.getProjectDescription());
        variables.put("funder", messages.label("partnershipGrant.funder", partnership.getExternalFunder()));
        // Strings, because MessageFormat would print an int year as "2 026".
        variables.put("firstYear", String.valueOf(partnership.getFirstYear()));
        variables.put("lastYear", String.valueOf(partnership.getLastYear()));
        variables.put("yearlyMaximum", Messages.euros(partnership.getYearlyMaximum()));
        variables.put("iban", partnership.getIban());
        variables.put("fundingReference", partnership.getFundingReference());
        variables.put("draftDate", Messages.DATE.format(LocalDate.ofInstant(Now.instant(), Now.HELSINKI)));
        return htmlPdf.render("partnership-agreement", variables);
    }
}
