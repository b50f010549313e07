package fi.hva.grants.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Reads the values of a Camunda Forms checklist. Tasklist sends them back as the type the variable
 * had (a JSON-serialised Java list) or, for a new variable, as a Spin JSON value.
 */
public final class FormRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormRows() {
    }

    public static List<String> strings(Object value) {
        return convert(value, new TypeReference<>() { });
    }

    private static <T> List<T> convert(Object value, TypeReference<List<T>> type) {
        if (value == null) {
            return List.of();
        }
        try {
            if (value instanceof List<?> list) {
                return JSON.convertValue(list, type);
            }
            return JSON.readValue(value.toString(), type);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable form list: " + value, e);
        }
    }
}
