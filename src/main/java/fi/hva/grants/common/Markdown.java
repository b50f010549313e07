package fi.hva.grants.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text typed by a person (an applicant above all, but also an officer or an outside service) as it goes
 * into the Markdown of a task form, where Tasklist renders it with marked and GitHub-flavoured Markdown.
 * CommonMark lets a backslash escape any ASCII punctuation; only what could start something is escaped,
 * so that ordinary text (dates, numbers, "TA-2027-0001") stays as it is:
 * <ul>
 *   <li>anywhere: {@code \ ` * _ ~ [ ] < > & | @} (emphasis, strikethrough, code, links, images, HTML,
 *       entities, table cells, e-mail autolinks), the colon of {@code ://} and the dot of {@code www.}
 *       (bare-URL autolinks);</li>
 *   <li>at the start of each line, any punctuation and the dot or parenthesis of a number (headings,
 *       quotes, lists, thematic breaks, setext underlines, table delimiter rows).</li>
 * </ul>
 * Line breaks stay as hard line breaks; blank lines and indentation are dropped, so the value never
 * leaves the paragraph or the top-level list item it is put into.
 */
public final class Markdown {

    private static final String NONE = "–";
    /**
     * A hard line break, and the next line indented as the content of a "- " list item: CommonMark reads it as
     * the same paragraph, and marked (which Tasklist uses) keeps it in the list item instead of checking the
     * line, shifted by the item's indentation, for a heading or a rule as it does with an unindented line.
     */
    private static final String CONTINUATION = "\\\n  ";
    private static final String ALWAYS = "\\`*_~[]<>&|@";
    private static final Pattern URL_START = Pattern.compile("(?i):(?=//)|(?<=www)\\.");
    private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d+)([.)])");

    private Markdown() {
    }

    /** A value inside a paragraph or list item; {@code null} or blank shows as a dash. */
    public static String text(Object value) {
        if (value == null) {
            return NONE;
        }
        StringBuilder out = new StringBuilder();
        for (String line : value.toString().split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(CONTINUATION);
            }
            out.append(lineStart(inline(trimmed)));
        }
        return out.isEmpty() ? NONE : out.toString();
    }

    /** A value inside a table cell or a link text, where a line break would end the row. */
    public static String cell(Object value) {
        String oneLine = value == null ? "" : value.toString().replaceAll("\\s+", " ").strip();
        return oneLine.isEmpty() ? NONE : inline(oneLine);
    }

    private static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher url = URL_START.matcher(text);
        int next = url.find() ? url.start() : -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == next) {
                out.append('\\');
                next = url.find() ? url.start() : -1;
            } else if (ALWAYS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String lineStart(String line) {
        char first = line.charAt(0);
        if (isAsciiPunctuation(first) && first != '\\') {
            return "\\" + line;
        }
        Matcher ordered = ORDERED_LIST.matcher(line);
        return ordered.find() ? ordered.group(1) + "\\" + line.substring(ordered.group(1).length()) : line;
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
