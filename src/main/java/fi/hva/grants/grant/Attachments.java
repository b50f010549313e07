package fi.hva.grants.grant;

import fi.hva.grants.common.Messages;
import fi.hva.grants.common.Now;
import fi.hva.grants.common.Problems;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the files an association sends with its application, after checking their size, the room left on the
 * application (number of files and their total size) and their real type ({@link AttachmentTypes}). A refused file
 * stores nothing.
 */
@Service
public class Attachments {

    private static final int MAX_NAME = 200;

    private final ApplicationAttachmentRepository repository;
    private final AttachmentTypes types;
    private final AttachmentProperties limits;
    private final Messages messages;

    Attachments(ApplicationAttachmentRepository repository, AttachmentTypes types, AttachmentProperties limits,
                       Messages messages) {
        this.repository = repository;
        this.types = types;
        this.limits = limits;
        this.messages = messages;
    }

    /**
     * Checks and stores one file. The room left on the application is checked before the content is parsed, so a
     * full application costs no parsing, and again under the application's row lock, so that simultaneous uploads
     * cannot pass the limits together.
     */
    @Transactional
    public ApplicationAttachment add(GrantApplication application, AttachmentKind kind, String fileName, byte[] content) {
        Problems problems = new Problems(messages);
        problems.addIf(kind == null, "attachment.kind.unknown");
        AttachmentKind attachmentKind = kind;
        problems.addIf(content == null || content.length == 0, "attachment.empty");
        problems.addIf(content != null && content.length > limits.maxSize().toBytes(), "attachment.tooLarge",
                limits.maxSize().toMegabytes());
        checkRoom(application, content, problems);
        problems.throwIfAny();
        AttachmentTypes.Detection detection = types.detect(content);
        problems.addIf(detection.type().isEmpty(), detection.refusal(), detection.arguments());
        problems.throwIfAny();
        repository.lockApplication(application.getId());
        checkRoom(application, content, problems);
        problems.throwIfAny();
        String contentType = detection.contentType();
        return repository.save(new ApplicationAttachment(application.getId(), attachmentKind,
                safeName(fileName, attachmentKind, contentType), contentType, content, Now.instant()));
    }

    /** Lets a caller refuse an oversized upload before reading it into memory. */
    public void checkSize(long sizeBytes) {
        new Problems(messages).addIf(sizeBytes > limits.maxSize().toBytes(), "attachment.tooLarge", limits.maxSize().toMegabytes())
                .throwIfAny();
    }

    private void checkRoom(GrantApplication application, byte[] content, Problems problems) {
        problems.addIf(repository.countByApplicationId(application.getId()) >= limits.maxPerApplication(),
                "attachment.tooMany", limits.maxPerApplication());
        problems.throwIfAny();
        long used = repository.totalSizeByApplicationId(application.getId());
        if (used + (content == null ? 0 : content.length) > limits.maxTotalSize().toBytes()) {
            throw new AttachmentQuotaExceededException(messages.get("attachment.totalTooLarge", limits.maxTotalSize().toMegabytes(),
                    megabytes(used)));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Messages.FINNISH, "%.1f", bytes / (1024.0 * 1024.0));
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> of(Long applicationId) {
        return repository.findInfoByApplicationIdOrderById(applicationId);
    }

    /** The name as the officer sees it: no path, no control characters, and the extension its content has. */
    private String safeName(String fileName, AttachmentKind kind, String contentType) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            base = messages.label("attachmentKind", kind);
        }
        String extension = AttachmentTypes.extension(contentType);
        if (!base.toLowerCase().endsWith(extension)) {
            base = base + extension;
        }
        return base.length() > MAX_NAME ? base.substring(base.length() - MAX_NAME) : base;
    }
}
