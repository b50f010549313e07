package fi.hva.grants.grant;

import fi.hva.grants.common.Markdown;
import fi.hva.grants.common.Messages;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The attachment lines of the case summary: a link to each file and to the always-current list. */
@Component
class AttachmentLinks {

    private final ApplicationAttachmentRepository attachments;
    private final Messages messages;

    AttachmentLinks(ApplicationAttachmentRepository attachments, Messages messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    public List<String> of(GrantApplication application) {
        List<String> lines = new ArrayList<>();
        lines.add("- " + messages.get("summary.attachments", "/applications/" + application.getId() + "/attachments"));
        attachments.findInfoByApplicationIdOrderById(application.getId()).forEach(file -> lines.add(
                "  - [" + Markdown.cell(file.getFileName()) + "](/attachments/" + file.getId() + ") – "
                        + describe(messages, file)));
        return lines;
    }

    static String describe(Messages messages, AttachmentInfo file) {
        return messages.get("attachments.describe", messages.label("attachmentKind", file.getKind()),
                Math.max(1, (file.getSizeBytes() + 1023) / 1024), Messages.DATE_TIME.format(file.getUploadedAt()));
    }
}
