package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reader decodes HTML character references with one complete table: what the author wrote is what shows. */
class CharacterReferencesTest {
    private static List<String> labels(String fileName, String text) throws ImportException {
        Roadmap map = new Importer().importBytes(fileName, text.getBytes(StandardCharsets.UTF_8)).roadmap();
        return map.topics().stream().map(Topic::label).toList();
    }

    /** An OPML outline whose text attribute is HTML, as outliners store it (escaped once more for XML). */
    private static String opml(String html) {
        String attribute = html.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        return "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>T</title></head><body>\n"
                + "<outline text=\"" + attribute + "\"/>\n</body></opml>\n";
    }

    /** A Freeplane node whose label is HTML, kept in the TEXT attribute as FreeMind did. */
    private static String mm(String html) {
        String attribute = ("<html><body><p>" + html + "</p></body></html>")
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<map version=\"freeplane 1.9.13\">\n<node TEXT=\"Root\">\n<node TEXT=\"" + attribute + "\"/>\n</node>\n</map>\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "&Eacute;cole                      | École",
            "caf&eacute; &amp; cr&egrave;me    | café & crème",
            "Wait&hellip; &mdash; then         | Wait… — then",
            "&#x1F9E0; brain                   | 🧠 brain",
            "&#129504; brain                   | 🧠 brain",
            "&#233;t&#xE9;                     | été",
            "1&#150;2                          | 1–2",
            "a &NotNestedGreaterGreater; b     | a ⪢̸ b",
            "&laquo;quoted&raquo; &copy; 2026  | «quoted» © 2026",
    })
    void referencesComeOutAsTheirCharactersFromMarkdownOpmlAndFreeplane(String written, String shown) throws Exception {
        assertEquals(List.of("T", shown), labels("a.md", "# T\n- " + written + "\n"), "Markdown");
        assertEquals(List.of(shown), labels("a.opml", opml(written)), "OPML");
        assertEquals(List.of("Root", shown), labels("a.mm", mm(written)), "Freeplane");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AT&T and Q&A           | AT&T and Q&A",
            "&copy 2026             | &copy 2026",
            "&bogus; stays          | &bogus; stays",
            "&#0; &#xD800; &#x110000; x | &#0; &#xD800; &#x110000; x",
            "&#; &#x; &; x           | &#; &#x; &; x",
    })
    void whatIsNoCompleteReferenceStaysAsWritten(String written, String shown) throws Exception {
        assertEquals(List.of("T", shown), labels("a.md", "# T\n- " + written + "\n"), "Markdown");
        assertEquals(List.of(shown), labels("a.opml", opml(written)), "OPML");
    }

    @Test
    void aReferenceThatSpellsMarkupIsTextNotMarkup() throws Exception {
        assertEquals(List.of("T", "the <b> tag"), labels("a.md", "# T\n- the &lt;b&gt; tag\n"));
        assertEquals(List.of("the <b> tag"), labels("a.opml", opml("the &lt;b&gt; tag")));
    }

    @Test
    void decodingALongRunOfAmpersandsStaysLinear() {
        String hostile = "&".repeat(200_000) + "#x" + "1".repeat(200_000) + ";" + "&a".repeat(100_000);
        String decoded = HtmlEntities.decode(hostile);
        assertEquals(hostile, decoded); // nothing in it names a character
    }
}
