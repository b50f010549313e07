package fi.hva.grants.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.Link;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.Parser;

/**
 * A task form's Markdown as a parser sees it (commonmark-java with GFM tables), for tests: which nodes
 * it has, where its links go and the text a reader sees. Tasklist renders with marked, which also
 * autolinks bare URLs and e-mail addresses; {@link #autolinkable} finds those in the source.
 */
public final class MarkdownDocument {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** What marked's GFM autolinks start from: a scheme, www. or an e-mail address, unless escaped. */
    private static final Pattern AUTOLINK = Pattern.compile("(?i)(?:https?|ftp)://|www\\.|[a-z0-9._+-]@");

    private final String source;
    private final Node root;

    private MarkdownDocument(String source) {
        this.source = source;
        this.root = PARSER.parse(source);
    }

    public static MarkdownDocument parse(String markdown) {
        return new MarkdownDocument(markdown);
    }

    public Node root() {
        return root;
    }

    public List<Node> nodes() {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    public <T extends Node> List<T> nodes(Class<T> type) {
        return nodes().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<String> linkDestinations() {
        return nodes(Link.class).stream().map(Link::getDestination).toList();
    }

    /** The text a reader sees, with line breaks as new lines. */
    public String text() {
        return textOf(root);
    }

    public static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        List<Node> all = new ArrayList<>();
        collect(node, all);
        for (Node n : all) {
            if (n instanceof Text text) {
                out.append(text.getLiteral());
            } else if (n instanceof HardLineBreak || n instanceof SoftLineBreak) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Source text that marked would turn into a link although no Markdown link syntax is used. */
    public boolean autolinkable() {
        return AUTOLINK.matcher(source).find();
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, into);
        }
    }
}
