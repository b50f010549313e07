package fi.hva.grants.publication;

import fi.hva.grants.common.HtmlPages;
import fi.hva.grants.common.Messages;
import fi.hva.grants.region.PrivacyProperties;
import fi.hva.grants.region.RegionProperties;
import fi.hva.grants.retention.RetentionProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicants' privacy notice (tietosuojaseloste, GDPR 13–14 art.): who the controller is and whom to contact come from
 * the region file, the retention periods from the configuration that the retention job also uses, so the notice says
 * what the system does.
 */
@RestController
class PrivacyNoticeController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final HtmlPages pages;
    private final Messages messages;
    private final RegionProperties region;
    private final PrivacyProperties privacy;
    private final RetentionProperties retention;

    PrivacyNoticeController(HtmlPages pages, Messages messages, RegionProperties region, PrivacyProperties privacy,
                            RetentionProperties retention) {
        this.pages = pages;
        this.messages = messages;
        this.region = region;
        this.privacy = privacy;
        this.retention = retention;
    }

    @GetMapping("/tietosuoja")
    public ResponseEntity<String> notice() {
        String controller = privacy.controller() == null ? region.name() : privacy.controller();
        List<String> periods = List.of(
                messages.get("privacy.retention.contactDetails", period(retention.contactDetails())),
                messages.get("privacy.retention.attachments", period(retention.attachments())),
                messages.get("privacy.retention.sentMail", period(retention.sentMail())),
                messages.get("privacy.retention.signIns", days(retention.signIns())));
        return ResponseEntity.ok().contentType(HTML).body(pages.render("privacy-notice", Map.of(
                "controller", controller, "address", privacy.address() == null ? "" : privacy.address(),
                "contact", privacy.contact(), "officer", privacy.dataProtectionOfficer(), "periods", periods)));
    }

    /** E.g. "2 vuotta", "1 vuosi 6 kuukautta". */
    private String period(Period period) {
        StringBuilder text = new StringBuilder();
        if (period.getYears() > 0) {
            text.append(messages.get("privacy.years", period.getYears()));
        }
        if (period.getMonths() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(messages.get("privacy.months", period.getMonths()));
        }
        if (period.getDays() > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(messages.get("privacy.days", period.getDays()));
        }
        return text.toString();
    }

    private String days(Duration duration) {
        return messages.get("privacy.days", duration.toDays());
    }
}
