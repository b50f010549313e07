package fi.hva.grants.decision.letter;

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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Turns a decision into the PDF letter sent to the applicant. */
@Component
public class DecisionLetterRenderer {

    private static final String TEMPLATE = "decision-letter";
    private static final String STYLESHEET = "letters/decision-letter.css";

    private final MessageSource messageSource;
    private final TemplateEngine templateEngine;
    private final String stylesheet;
    private final Locale locale = Messages.FINNISH;

    public DecisionLetterRenderer(MessageSource messageSource) {
        this.messageSource = messageSource;
        this.templateEngine = templateEngine(messageSource);
        this.stylesheet = classpathText(STYLESHEET);
    }

    public byte[] render(DecisionLetterContent content) {
        return toPdf(templateEngine.process(TEMPLATE, context(content)));
    }

    public String fileName(DecisionLetterContent content) {
        return messageSource.getMessage("letter.fileName." + content.kind().name(),
                new Object[] {content.applicationNumber()}, locale);
    }

    private Context context(DecisionLetterContent content) {
        Context context = new Context(locale);
        context.setVariable("language", locale.toLanguageTag());
        context.setVariable("css", stylesheet);
        context.setVariable("titleKey", "letter.title." + content.kind().name());
        context.setVariable("outcomeKey", "letter.outcome." + content.outcome().name());
        context.setVariable("rectification", content.kind() == LetterKind.RECTIFICATION_DECISION);
        context.setVariable("granted", content.outcome().isGranted());
        context.setVariable("regionName", content.regionName());
        context.setVariable("decisionBody", content.decisionBody());
        context.setVariable("applicationNumber", content.applicationNumber());
        context.setVariable("callName", content.callName());
        context.setVariable("callCode", content.callCode());
        // A string, because MessageFormat would print an int year as "2 026".
        context.setVariable("grantYear", String.valueOf(content.grantYear()));
        context.setVariable("associationName", content.associationName());
        context.setVariable("businessId", content.businessId());
        context.setVariable("contactName", content.contactName());
        context.setVariable("requestedAmount", LetterFormat.amount(content.requestedAmount()));
        context.setVariable("decidedAmount", LetterFormat.amount(content.decidedAmount()));
        context.setVariable("reasoning", content.reasoning());
        context.setVariable("boardReference", content.boardReference());
        context.setVariable("decisionDate", LetterFormat.date(content.decisionDate()));
        context.setVariable("reportDeadline", LetterFormat.date(content.reportDeadline()));
        context.setVariable("usePeriodEnd", LetterFormat.date(content.usePeriodEnd()));
        context.setVariable("administrativeCourt", content.administrativeCourt());
        context.setVariable("letterDate", LetterFormat.date(content.letterDate()));
        return context;
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
            throw new UncheckedIOException("Could not render the decision letter", e);
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
        try (InputStream in = DecisionLetterRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
