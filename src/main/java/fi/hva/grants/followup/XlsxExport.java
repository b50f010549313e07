package fi.hva.grants.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** The report as an Excel workbook, one sheet per table, numbers as numbers. Written with fastexcel. */
@Component
class XlsxExport {

    private static final String AMOUNT_FORMAT = "#,##0.00";
    private static final int MAX_SHEET_NAME = 31;

    public byte[] write(List<ReportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "jarjestoavustukset", "1.0");
            for (ReportTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.value(0, c, table.columns().get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        write(sheet, r + 1, c, row.get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof BigDecimal amount) {
            sheet.value(row, column, amount);
            sheet.style(row, column).format(AMOUNT_FORMAT).set();
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return clean.length() > MAX_SHEET_NAME ? clean.substring(0, MAX_SHEET_NAME) : clean;
    }
}
