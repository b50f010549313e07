package fi.hva.grants.monitoring;

import fi.hva.grants.common.HtmlPages;
import fi.hva.grants.common.Messages;
import fi.hva.grants.security.ManagerAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The managers' stuck-case page, linked from the Cockpit dashboard and header. */
@RestController
class StuckCaseController {

    private final StuckCases stuckCases;
    private final HtmlPages pages;
    private final ManagerAccess access;

    StuckCaseController(StuckCases stuckCases, HtmlPages pages, ManagerAccess access) {
        this.stuckCases = stuckCases;
        this.pages = pages;
        this.access = access;
    }

    @GetMapping("/managers/stuck-cases")
    public ResponseEntity<String> page(HttpServletRequest request) {
        HttpStatus refusal = access.refusal(request);
        if (refusal != null) {
            return ResponseEntity.status(refusal).build();
        }
        StuckCaseView view = stuckCases.now();
        String html = pages.render("stuck-cases", Map.of(
                "view", view,
                "generatedAt", Messages.DATE_TIME.format(view.at()),
                "dateTime", Messages.DATE_TIME,
                "date", Messages.DATE));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }
}
