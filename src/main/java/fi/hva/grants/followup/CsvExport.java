package fi.hva.grants.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The report's tables one after another, each under its title and separated by an empty line.
 * Like the payment CSV: a byte order mark, semicolons and a decimal comma, so Finnish Excel opens
 * it as numbers that can be summed.
 */
@Component
class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    public byte[] write(List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            boolean first = true;
            for (ReportTable table : tables) {
                if (!first) {
                    csv.println();
                }
                first = false;
                csv.printRecord(table.title());
                csv.printRecord(table.columns());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(CsvExport::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Texts come partly from applicants (municipality names); a leading = or + must not become a formula. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString().replace('.', ',');
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number) ? "'" + text : text;
    }
}
