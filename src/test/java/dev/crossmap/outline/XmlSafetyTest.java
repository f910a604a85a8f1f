package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlSafetyTest {
    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n"
            + " <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + "]>\n<opml version=\"2.0\"><body><outline text=\"&lol3;\"/></body></opml>\n";

    private static ImportException refused(String fileName, String xml) {
        return assertThrows(ImportException.class,
                () -> new Importer().importBytes(fileName, xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void billionLaughsIsRefusedAtTheDoctypeLine() {
        ImportException e = refused("laughs.opml", BILLION_LAUGHS);
        assertEquals("laughs.opml:2: DTDs and external entities are not allowed", e.getMessage());
    }

    @Test
    void anExternalEntityIsNeverFetched(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!-- a map -->\n<!DOCTYPE map [ <!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\"> ]>\n<map><node TEXT=\"&xxe;\"/></map>\n";
        ImportException e = refused("xxe.mm", xxe);
        assertEquals("xxe.mm:3: DTDs and external entities are not allowed", e.getMessage());
        assertTrue(!e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void anExternalDtdIsRefused() {
        ImportException e = refused("remote.opml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE opml SYSTEM \"http://example.invalid/opml.dtd\">\n<opml/>");
        assertEquals(2, e.line());
        assertEquals(XmlStream.NO_DTD, e.problem());
    }

    @Test
    void aBrokenDtdIsStillRefusedAsADtd() {
        ImportException e = refused("half.opml", "<?xml version=\"1.0\"?>\r\n\r\n<!DOCTYPE opml [ <!ENTITY a \n<opml/>");
        assertEquals("half.opml:3: DTDs and external entities are not allowed", e.getMessage());
    }

    @Test
    void aDtdAfterTheRootIsRefusedByTheParser() {
        ImportException e = refused("late.opml", "<opml>\n<body/>\n<!DOCTYPE opml>\n</opml>");
        assertEquals(3, e.line());
    }

    @Test
    void anUndeclaredEntityIsMalformedXmlOnItsLine() {
        ImportException e = refused("x.opml", "<opml>\n<body>\n<outline text=\"&nbsp;\"/>\n</body>\n</opml>");
        assertEquals(3, e.line());
        assertTrue(e.problem().startsWith("malformed XML: "), e.problem());
        assertTrue(e.problem().contains("nbsp"), e.problem());
    }

    @Test
    void anUnclosedElementIsMalformedXmlWhereTheParserStopped() {
        ImportException e = refused("broken.mm", "<map>\n<node TEXT=\"a\">\n<node TEXT=\"b\">\n</map>\n");
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("broken.mm:4: malformed XML: "), e.getMessage());
        assertTrue(e.problem().contains("node"), e.problem());
    }

    @Test
    void aTruncatedCorpusFileIsMalformedNearItsEnd() {
        String text = new String(Corpus.bytes("states.opml"), StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("Nebraska"));
        ImportException e = refused("states.opml", cut);
        assertTrue(e.line() >= 27, e.getMessage());
    }

    @Test
    void theRootIsFoundPastBomDeclarationCommentsAndProcessingInstructions() {
        assertEquals("opml", XmlStream.rootName("\uFEFF<?xml version=\"1.0\"?>\n<!-- a\n b -->\n<?pi x?>\n<opml>").orElseThrow());
        assertEquals("map", XmlStream.rootName("<!DOCTYPE map [ ]><map/>").orElseThrow());
        assertTrue(XmlStream.rootName("# <opml>\n").isEmpty());
        assertTrue(XmlStream.rootName("<!-- never closed <opml>").isEmpty());
    }
}
