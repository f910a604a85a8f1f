package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** One white-space rule for every reader: a no-break space, a tab or a zero-width space reads the same everywhere. */
class WhitespaceTest {
    /** Spaces a reader sees as one, invisible characters, and letters between them. */
    private static final String ODD = "\u00A0\u202F\u2007\u2003\u3000\t \u200B\uFEFF\u00AD\u2060";

    private static String label(String fileName, String text, int index) throws ImportException {
        Roadmap map = new Importer().importBytes(fileName, text.getBytes(StandardCharsets.UTF_8)).roadmap();
        return map.topics().stream().map(Topic::label).toList().get(index);
    }

    @Test
    void noBreakSpacesTabsAndZeroWidthCharactersReadTheSameInEveryFormat() throws Exception {
        // As each format can carry them: raw characters, or XML references where XML would normalise a tab.
        String raw = "Event\u00A0loop\u200B\tand \u202F  promises\uFEFF";
        String xml = "Event&#160;loop&#8203;&#9;and &#8239;  promises&#65279;";
        String expected = "Event loop and promises";

        assertEquals(expected, label("a.md", "# T\n- " + raw + "\n", 1), "Markdown");
        assertEquals(expected, label("a.txt", "T\n  " + raw + "\n", 1), "indented text");
        assertEquals(expected, label("a.opml", "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>T</title></head>"
                + "<body>\n<outline text=\"" + xml + "\"/>\n</body></opml>\n", 0), "OPML");
        assertEquals(expected, label("a.mm", "<map version=\"freeplane 1.9.13\">\n<node TEXT=\"Root\">\n<node TEXT=\""
                + xml + "\"/>\n</node>\n</map>\n", 1), "Freeplane");
        assertEquals(expected, label("a.mm", "<map version=\"freeplane 1.9.13\">\n<node TEXT=\"Root\">\n<node>"
                + "<richcontent TYPE=\"NODE\"><html><body><p>" + xml + "</p></body></html></richcontent>"
                + "</node>\n</node>\n</map>\n", 1), "Freeplane rich text");
    }

    @Test
    void aNoBreakHyphenIsAPlainHyphenAndZeroWidthJoinersStayInEmoji() {
        assertEquals("e-mail", Whitespace.oneLine("e\u2011mail"));
        assertEquals("\uD83D\uDC68\u200D\uD83D\uDCBB dev", Whitespace.oneLine("\uD83D\uDC68\u200D\uD83D\uDCBB\u00A0dev"));
    }

    @Property
    void htmlTextMarkdownTextAndTheRuleAgreeOnSpaces(@ForAll("spaced") String s) {
        String expected = Whitespace.oneLine(s);
        assertEquals(expected, HtmlText.plain(s));
        assertEquals(expected, InlineMarkup.plain(s));
        assertEquals(expected, RoadmapShEditor.clean(s));
        assertEquals(expected, Whitespace.oneLine(expected), "the rule is idempotent");
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.strings().withChars(ODD + "abcXYZ\u00E9\u2011").ofMaxLength(40);
    }
}
