package fi.hva.grants.publication;

import fi.hva.grants.common.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The year's grants as open data, in the follow-up report's CSV form: a byte order mark, semicolons and a decimal
 * comma, so Finnish Excel opens the amounts as numbers.
 */
@Component
class PublishedGrantsCsv {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final Messages messages;

    PublishedGrantsCsv(Messages messages) {
        this.messages = messages;
    }

    public byte[] write(List<PublishedGrant> grants) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            csv.printRecord(messages.get("published.association"), messages.get("published.activity"),
                    messages.get("published.grantForm"), messages.get("published.amount"));
            for (PublishedGrant grant : grants) {
                csv.printRecord(text(grant.association()), text(grant.activity()), messages.label("grantForm", grant.grantForm()),
                        grant.amount().toPlainString().replace('.', ','));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Names and activities are the applicants' own words; a leading = or + must not become a formula. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
