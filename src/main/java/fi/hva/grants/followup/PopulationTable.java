package fi.hva.grants.followup;

import fi.hva.grants.region.RegionProperties;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Residents per municipality of the region, read once at start-up from the configured CSV file. A
 * file that misses one of the region's municipalities stops the start: a report would otherwise
 * show a municipality without its euros per resident and nobody would notice.
 */
@Component
class PopulationTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';').setCommentMarker('#').setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final Map<String, Long> residents;
    private final String source;
    private final LocalDate referenceDate;

    PopulationTable(FollowUpProperties properties, RegionProperties region) {
        Resource file = properties.populationFile();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Long> read = new LinkedHashMap<>();
            for (CSVRecord row : parser) {
                read.put(row.get("municipality"), Long.parseLong(row.get("population")));
            }
            Map<String, String> meta = meta(parser.getHeaderComment());
            this.residents = Map.copyOf(read);
            this.source = required(meta, "source", file);
            this.referenceDate = LocalDate.parse(required(meta, "reference-date", file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the population table " + file, e);
        }
        List<String> missing = region.municipalities().stream().filter(m -> !residents.containsKey(m)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The population table " + file + " has no figure for " + missing);
        }
    }

    public Optional<Long> residents(String municipality) {
        return Optional.ofNullable(municipality).map(residents::get);
    }

    public String source() {
        return source;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** "key: value" lines among the comments above the header, e.g. "source: Tilastokeskus …". */
    private static Map<String, String> meta(String headerComment) {
        Map<String, String> meta = new LinkedHashMap<>();
        if (headerComment != null) {
            for (String line : headerComment.split("\\R")) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.substring(0, colon).contains(" ")) {
                    meta.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        }
        return meta;
    }

    private static String required(Map<String, String> meta, String key, Resource file) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The population table " + file + " must name its " + key + " in a '# " + key + ":' line");
        }
        return value;
    }
}
