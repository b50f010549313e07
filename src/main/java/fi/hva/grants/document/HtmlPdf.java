package fi.hva.grants.document;

import com.openhtmltopdf.layout.TextUtil;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import fi.hva.grants.common.Messages;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.List;
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
 *
 * <p>Every document is a tagged PDF/UA-1 file, so that a screen reader can read a decision to its recipient,
 * and PDF/A-2u, so that the county's records system can archive it for good. Both standards need the fonts
 * embedded: the documents use Liberation Sans (SIL Open Font License, from the openpdf-fonts-extra jar) and
 * name only it in {@code letter.css}, because a character missing from an embedded font would fall back to a
 * standard font that is not embedded. Title and language come from each template's {@code <title>} and
 * {@code lang}.
 */
@Component
public class HtmlPdf {

    private static final String STYLESHEET = "letters/letter.css";
    private static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_DIRECTORY = "liberation/";

    private final TemplateEngine templateEngine;
    private final String stylesheet = new String(classpathBytes(STYLESHEET), StandardCharsets.UTF_8);
    private final List<EmbeddedFont> fonts = List.of(
            new EmbeddedFont("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new EmbeddedFont("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new EmbeddedFont("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new EmbeddedFont("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));
    /** PDF/A needs an output intent for the RGB colours; the JDK's own sRGB profile is the standard one. */
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
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
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.useColorProfile(colourProfile);
        fonts.forEach(font -> builder.useFont(font::open, FONT_FAMILY, font.weight(), font.style(), true));
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

    /**
     * The stylesheet is inlined and the fonts handed over as bytes because openhtmltopdf cannot follow links
     * into a packaged jar reliably.
     */
    private static byte[] classpathBytes(String path) {
        try (InputStream in = HtmlPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font file read once; each rendering gets its own stream, as openhtmltopdf closes what it reads. */
    private record EmbeddedFont(byte[] data, int weight, FontStyle style) {

        EmbeddedFont(String file, int weight, FontStyle style) {
            this(classpathBytes(FONT_DIRECTORY + file), weight, style);
        }

        InputStream open() {
            return new ByteArrayInputStream(data);
        }
    }
}
