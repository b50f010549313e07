package fi.hva.grants.grant;

import fi.hva.grants.common.InvalidInputException;
import java.util.List;

/** The application's attachments would together be larger than allowed; the message is the applicant's. */
public class AttachmentQuotaExceededException extends InvalidInputException {

    public AttachmentQuotaExceededException(String message) {
        super(List.of(message));
    }
}
