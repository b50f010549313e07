package fi.hva.grants.grant;

import fi.hva.grants.common.Messages;
import fi.hva.grants.security.CaseAccess;
import fi.hva.grants.security.CaseRef;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Officers open an application's attachments from the link in their task form, in their Tasklist
 * session, while the engine lets them read the application's case ({@link CaseAccess}). The list page
 * is always current, also for files sent after the task was created.
 */
@RestController
class AttachmentController {

    private final ApplicationAttachmentRepository attachments;
    private final GrantApplicationRepository applications;
    private final CaseAccess caseAccess;
    private final Messages messages;

    AttachmentController(ApplicationAttachmentRepository attachments, GrantApplicationRepository applications,
                                CaseAccess caseAccess, Messages messages) {
        this.attachments = attachments;
        this.applications = applications;
        this.caseAccess = caseAccess;
        this.messages = messages;
    }

    @GetMapping("/attachments/{id}")
    public ResponseEntity<byte[]> attachment(@PathVariable long id, HttpServletRequest request) {
        Optional<CaseAccess.Reader> reader = caseAccess.reader(request);
        if (reader.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return attachments.findById(id)
                .filter(file -> applications.findById(file.getApplicationId())
                        .filter(application -> mayRead(reader.get(), application)).isPresent())
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.getContentType()))
                        .header("Content-Disposition", ContentDisposition.attachment().filename(file.getFileName(),
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(file.getContent()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/applications/{applicationId}/attachments", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> list(@PathVariable long applicationId, HttpServletRequest request) {
        Optional<CaseAccess.Reader> reader = caseAccess.reader(request);
        if (reader.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return applications.findById(applicationId)
                .filter(application -> mayRead(reader.get(), application))
                .map(application -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                        .body(page(application, attachments.findInfoByApplicationIdOrderById(applicationId))))
                .orElse(ResponseEntity.notFound().build());
    }

    private boolean mayRead(CaseAccess.Reader reader, GrantApplication application) {
        return caseAccess.mayRead(reader, CaseRef.businessKey(application.getApplicationNumber()));
    }

    private String page(GrantApplication application, List<AttachmentInfo> files) {
        String title = HtmlUtils.htmlEscape(messages.get("attachments.page.title", application.getApplicationNumber()));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><h1>").append(title).append("</h1>");
        if (files.isEmpty()) {
            html.append("<p>").append(HtmlUtils.htmlEscape(messages.get("attachments.page.none"))).append("</p>");
        } else {
            html.append("<ul>");
            files.forEach(file -> html.append("<li><a href=\"/attachments/").append(file.getId()).append("\">")
                    .append(HtmlUtils.htmlEscape(file.getFileName())).append("</a> – ")
                    .append(HtmlUtils.htmlEscape(AttachmentLinks.describe(messages, file))).append("</li>"));
            html.append("</ul>");
        }
        return html.append("</body></html>").toString();
    }
}
