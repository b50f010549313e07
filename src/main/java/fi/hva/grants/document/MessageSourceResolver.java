package fi.hva.grants.document;

import org.springframework.context.MessageSource;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Lets the document templates read the application's message bundles, so a Swedish letter needs only
 * a Swedish bundle.
 */
final class MessageSourceResolver implements IMessageResolver {

    private final MessageSource messageSource;

    MessageSourceResolver(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public String getName() {
        return "MessageSource";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return messageSource.getMessage(key, messageParameters, null, context.getLocale());
    }

    /** A letter or agreement with a placeholder instead of a sentence must never be sent, so rendering stops. */
    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        throw new IllegalStateException("Missing letter text '" + key + "' for locale " + context.getLocale());
    }
}
