package fi.hva.grants.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The shared test table of Finnish non-working days, read from the classpath. */
final class NonWorkingDayTable {

    private static final String RESOURCE = "/deadline/fi-non-working-days-2025-2027.csv";
    private static final String HEADER = "date,weekday,name_fi,name_en";

    static final int FIRST_YEAR = 2025;
    static final int LAST_YEAR = 2027;

    private NonWorkingDayTable() {
    }

    static List<LocalDate> dates() {
        try (InputStream in = NonWorkingDayTable.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
            // A changed header would mean the columns moved and the first one may no longer be the date.
            assertThat(lines.get(0)).isEqualTo(HEADER);
            return lines.stream().skip(1).map(line -> LocalDate.parse(line.substring(0, line.indexOf(',')))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LocalDate> dates(int year) {
        return dates().stream().filter(date -> date.getYear() == year).toList();
    }
}
