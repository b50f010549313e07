package fi.hva.grants.document;

import com.openhtmltopdf.layout.TextUtil;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fi.hva.grants.common.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a Thymeleaf template under {@code letters/} into a PDF, with the stylesheet all letters and
 * agreements share. Texts come from the message bundles, so a Swedish document needs only a Swedish bundle.
 */
@Component
public class HtmlPdf {

    private static final String STYLESHEET = "letters/letter.css";

    private final TemplateEngine templateEngine;
    private final String stylesheet = classpathText(STYLESHEET);
    private final Locale locale = Messages.FINNISH;

    public HtmlPdf(MessageSource messageSource) {
        this.templateEngine = templateEngine(messageSource);
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(locale);
        context.setVariable("language", locale.toLanguageTag());
        context.setVariable("css", stylesheet);
        variables.forEach(context::setVariable);
        return toPdf(templateEngine.process(template, context));
    }

    private byte[] toPdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // The default breaker splits text at slashes as if in a URL, tearing statute numbers like 434/2003.
        builder.useUnicodeLineBreaker(new TextUtil.DefaultCharacterBreaker(BreakIterator.getLineInstance(locale)));
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a PDF document", e);
        }
        return out.toByteArray();
    }

    private static TemplateEngine templateEngine(MessageSource messageSource) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("letters/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new MessageSourceResolver(messageSource));
        return engine;
    }

    /** The stylesheet is inlined because openhtmltopdf cannot follow links into a packaged jar reliably. */
    private static String classpathText(String path) {
        try (InputStream in = HtmlPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
