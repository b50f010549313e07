package fi.hva.grants.security.sso;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** What the read-only identity's queries share: LIKE patterns, READ checks, ordering and paging of a small list. */
final class InMemoryQueries {

    private InMemoryQueries() {
    }

    /** SQL LIKE ({@code %}, {@code _}), case-insensitive as people search in Admin. */
    static boolean like(String value, String pattern) {
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(value).matches();
    }

    /** As the engine's own identity does: a user or group is listed only to whom may READ it. */
    static boolean readable(CommandContext commandContext, Resource resource, String id) {
        return commandContext.getAuthorizationManager().isAuthorized(Permissions.READ, resource, id);
    }

    static <T> List<T> orderAndPage(Stream<T> items, List<QueryOrderingProperty> ordering,
                                    Function<String, Function<T, String>> columns, Page page) {
        Comparator<T> comparator = null;
        for (QueryOrderingProperty property : ordering) {
            Function<T, String> column = columns.apply(property.getQueryProperty().getName());
            if (column == null) {
                continue;
            }
            Comparator<T> next = Comparator.comparing(column.andThen(value -> value == null ? "" : value.toLowerCase(Locale.ROOT)));
            if (property.getDirection() == Direction.DESCENDING) {
                next = next.reversed();
            }
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        Stream<T> ordered = comparator == null ? items : items.sorted(comparator);
        if (page != null) {
            ordered = ordered.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return ordered.toList();
    }
}
