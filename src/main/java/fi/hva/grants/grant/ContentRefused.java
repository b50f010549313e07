package fi.hva.grants.grant;

/** Why a file's content is not accepted: a message of {@code i18n/applicant.properties} and its arguments. */
final class ContentRefused extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    ContentRefused(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
