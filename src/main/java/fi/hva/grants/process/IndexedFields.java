package fi.hva.grants.process;

import fi.hva.grants.common.FormValues;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeating rows of a form as numbered fields ({@code criterion1Name}, {@code criterion1Weight},
 * {@code criterion2Name}, …). Tasklist 7.24 keeps its Complete button disabled once a dynamic list
 * of Camunda Forms has been edited, because form-js reports an empty error entry for every field
 * inside the list; numbered fields with conditional visibility avoid that.
 */
public record IndexedFields(String prefix, List<String> suffixes, int maxRows) {

    /** Every field name of every row, for reading and removing the submitted values. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int row = 1; row <= maxRows; row++) {
            for (String suffix : suffixes) {
                names.add(name(row, suffix));
            }
        }
        return names;
    }

    public String name(int row, String suffix) {
        return prefix + row + suffix;
    }

    /** The rows in which anything was filled in, each keyed by its suffix with a lower-case first letter. */
    public List<Map<String, Object>> rows(Map<String, Object> submitted) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int row = 1; row <= maxRows; row++) {
            Map<String, Object> values = new LinkedHashMap<>();
            boolean filled = false;
            for (String suffix : suffixes) {
                Object value = submitted.get(name(row, suffix));
                filled |= FormValues.text(value) != null;
                values.put(Introspector.decapitalize(suffix), value);
            }
            if (filled) {
                rows.add(values);
            }
        }
        return rows;
    }

    /** Every field for the form, row by row from rows shaped as {@link #rows} returns them; the rest empty. */
    public Map<String, Object> fill(List<Map<String, Object>> rows) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int row = 1; row <= maxRows; row++) {
            for (String suffix : suffixes) {
                fields.put(name(row, suffix), row <= rows.size() ? rows.get(row - 1).get(Introspector.decapitalize(suffix)) : null);
            }
        }
        return fields;
    }
}
