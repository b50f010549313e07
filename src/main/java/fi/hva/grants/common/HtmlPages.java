package fi.hva.grants.common;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Server-rendered pages of our own (templates in {@code pages/}), with the texts from the
 * application's message bundles. Kept apart from the letter templates, which have their own engine.
 */
@Component
public class HtmlPages {

    private final TemplateEngine engine;

    HtmlPages(MessageSource messageSource) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("pages/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessages(messageSource));
    }

    public String render(String template, Map<String, Object> model) {
        return engine.process(template, new Context(Messages.FINNISH, model));
    }

    private record BundleMessages(MessageSource messageSource) implements IMessageResolver {

        @Override
        public String getName() {
            return "MessageSource";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            return messageSource.getMessage(key, parameters, null, context.getLocale());
        }

        /** A page with a missing text is a bug the tests must catch, not something to show a manager. */
        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] parameters) {
            throw new IllegalStateException("Missing page text '" + key + "'");
        }
    }
}
