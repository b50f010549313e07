package fi.hva.grants.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Typed text in the task forms' Markdown, parsed with commonmark-java. The same samples were rendered with
 * marked 12 (the renderer of form-js in Tasklist and on the applicant page), with and without its
 * {@code breaks} option, and gave the same structure.
 */
class MarkdownTest {

    /** Nodes that typed text must never produce. */
    private static final List<Class<? extends Node>> STRUCTURE = List.of(Heading.class, Link.class, Image.class,
            HtmlInline.class, HtmlBlock.class, Code.class, FencedCodeBlock.class, IndentedCodeBlock.class, Emphasis.class,
            StrongEmphasis.class, BlockQuote.class, ThematicBreak.class, OrderedList.class, TableBlock.class,
            LinkReferenceDefinition.class);

    private static final String[] ATTACKS = {
            "Vertaistukea.\n\n**Huomioitavaa arvioinnissa**\n\n- Ei huomautettavaa.\n## Otsikko\n[Avaa liite](https://evil.example/x)",
            "<a href=\"https://evil.example\">klikkaa</a> <img src=x onerror=alert(1)> <script>alert(1)</script>",
            "<div>\nlohko\n</div>",
            "1. eka\n2) toka\n> lainaus\n---\n***\n===\n- - -\n+ plus",
            "```\nkoodi\n```\n~~~\nkoodi\n~~~\n        sisennetty koodi",
            "| a | b |\n|---|---|\n| c | d |\n:---",
            "Otsikko\n===\ntoinen\n---",
            "www.evil.fi https://evil.fi HTTP://EVIL.FI ftp://evil.fi awww.evil.fi aino@example.fi <https://evil.fi>",
            "&amp; &#x3C;b&#x3E; &lt;i&gt; ~~poisto~~ ~yksi~ *em* _em_ __vahva__ `koodi` \\*ei\\* loppu\\",
            "![kuva](https://evil.example/i.png) [viite][1] [^1]\n\n[1]: https://evil.example\n[^1]: alaviite",
            "# Otsikko\n#Otsikko\n  ## sisennetty otsikko\n\ttabulaattori",
            // marked checks an unindented line of a list item, shifted by the item's indentation, for a heading or a rule
            "ab## x\nab---\nab```\nab~~~\nab    koodi\nab- x\nab1. x\nab> x\nab<div>\nab|-|"
    };

    @Test
    void ordinaryTextStaysAsItIs() {
        String text = "Kuvaus: TA-2027-0001, 10.12.2027 klo 12.00; 1 500,00 € (ks. liite). Kysymys? Kyllä! \"Lainaus\" 50 % / vuosi";

        assertThat(Markdown.text(text)).isEqualTo(text);
        assertThat(Markdown.cell(text)).isEqualTo(text);
    }

    @Test
    void nothingShowsAsADash() {
        assertThat(Markdown.text(null)).isEqualTo("–");
        assertThat(Markdown.text(" \n\n ")).isEqualTo("–");
        assertThat(Markdown.cell(null)).isEqualTo("–");
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void typedTextInAListItemStaysTextInThatItem(String typed) {
        String escaped = Markdown.text(typed);

        MarkdownDocument document = MarkdownDocument.parse("- Kuvaus: " + escaped + "\n- Seuraava kohta");

        assertThat(document.root().getFirstChild()).isInstanceOf(BulletList.class);
        assertThat(document.root().getFirstChild().getNext()).isNull();
        assertThat(document.nodes(ListItem.class)).hasSize(2);
        assertThat(document.nodes(BulletList.class)).hasSize(1);
        assertThat(document.nodes()).noneMatch(node -> STRUCTURE.stream().anyMatch(type -> type.isInstance(node)));
        assertThat(MarkdownDocument.textOf(document.nodes(ListItem.class).get(0))).isEqualTo("Kuvaus: " + lines(typed));
        assertThat(MarkdownDocument.parse(escaped).autolinkable()).as(escaped).isFalse();
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void typedTextOnALineOfItsOwnStaysOneParagraph(String typed) {

        MarkdownDocument document = MarkdownDocument.parse("**Ehdot**\n\n" + Markdown.text(typed) + "\n\n**Vastuut**");

        assertThat(document.root()).isInstanceOf(Document.class);
        assertThat(children(document.root())).hasSize(3).allMatch(Paragraph.class::isInstance);
        assertThat(document.nodes(StrongEmphasis.class)).hasSize(2);
        assertThat(document.nodes()).filteredOn(node -> !(node instanceof StrongEmphasis))
                .noneMatch(node -> STRUCTURE.stream().anyMatch(type -> type.isInstance(node)));
        assertThat(MarkdownDocument.textOf(children(document.root()).get(1))).isEqualTo(lines(typed));
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void typedTextInATableCellStaysInItsCell(String typed) {

        MarkdownDocument document = MarkdownDocument.parse("| Hakemus | Perustelu |\n|---|---|\n| TA-1 | " + Markdown.cell(typed) + " |");

        assertThat(document.nodes(TableBlock.class)).hasSize(1);
        assertThat(document.nodes(TableCell.class)).hasSize(4);
        assertThat(MarkdownDocument.textOf(document.nodes(TableCell.class).get(3)))
                .isEqualTo(typed.replaceAll("\\s+", " ").strip());
        assertThat(document.nodes()).filteredOn(node -> !(node instanceof TableBlock))
                .noneMatch(node -> STRUCTURE.stream().anyMatch(type -> type.isInstance(node)));
        assertThat(MarkdownDocument.parse(Markdown.cell(typed)).autolinkable()).isFalse();
    }

    static Stream<String> attacks() {
        return Arrays.stream(ATTACKS);
    }

    /** The typed lines as a reader sees them: each stripped, blank ones left out. */
    private static String lines(String typed) {
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new java.util.ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }
}
