package fi.hva.grants.grant;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds HTML inside a file of another type. A PDF/HTML polyglot is a valid PDF that a browser also renders as a
 * page with its script, should anything ever serve or save it as HTML. Only tags that a page needs to run
 * something are looked for, each followed by what ends a tag name, so that compressed data matches them
 * practically never (about once in ten thousand 10 MB files for the shortest).
 */
final class HtmlMarkers {

    private static final List<byte[]> TAGS = Stream.of("!doctype html", "html", "head", "body", "script", "iframe", "svg",
            "object", "embed", "meta", "frameset").map(tag -> tag.getBytes(StandardCharsets.US_ASCII)).toList();

    private HtmlMarkers() {
    }

    static boolean foundIn(byte[] content) {
        for (int at = 0; at < content.length; at++) {
            if (content[at] == '<' && tagAt(content, at + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tagAt(byte[] content, int start) {
        for (byte[] tag : TAGS) {
            int end = start + tag.length;
            if (end < content.length && matchesIgnoringCase(content, start, tag) && endsTagName(content[end])) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesIgnoringCase(byte[] content, int start, byte[] tag) {
        for (int i = 0; i < tag.length; i++) {
            int b = content[start + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != tag[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsTagName(byte b) {
        return b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }
}
