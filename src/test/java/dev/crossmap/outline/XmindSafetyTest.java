package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile .xmind files are refused with a message naming the file and the problem. */
class XmindSafetyTest {
    private final Importer importer = new Importer();

    private ImportException refused(byte[] bytes) {
        return assertThrows(ImportException.class, () -> importer.importBytesAll("bad.xmind", bytes));
    }

    @Test
    void brokenJsonInsideAGoodZipNamesTheLineAndColumn() {
        String json = XmindFiles.json(XmindReaderTest.plan());
        String broken = "[\n\n" + json.substring(1).replaceFirst("\"title\":", "\"title\" ");
        ImportException e = refused(XmindFiles.zen(broken));
        assertEquals("bad.xmind", e.file());
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.problem().contains("malformed JSON") && e.problem().startsWith("column "), e.getMessage());
    }

    @Test
    void aJsonFileThatIsNotSheetsIsRefusedInWords() {
        ImportException e = refused(XmindFiles.zen("{\"rootTopic\": {}}"));
        assertTrue(e.problem().contains("expected an array of XMind sheets"), e.getMessage());
        ImportException none = refused(XmindFiles.zen("[{\"title\": \"no root\"}]"));
        assertTrue(none.problem().contains("no sheet with a rootTopic"), none.getMessage());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        // 40 MB of zeros deflate to about 40 KB: a ratio no text file has.
        byte[] bomb = XmindFiles.zip(Map.of("content.json", new byte[40 << 20]));
        assertTrue(bomb.length < 100_000, "the fixture is a real bomb: " + bomb.length + " bytes");
        ImportException e = refused(bomb);
        assertTrue(e.problem().contains("zip bomb"), e.getMessage());
    }

    @Test
    void aBombHiddenInAnEntryWeDoNotReadIsRefusedToo() {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("resources/picture.png", new byte[40 << 20]);
        entries.put("content.json", XmindFiles.json(XmindReaderTest.plan()));
        ImportException e = refused(XmindFiles.zip(entries));
        assertTrue(e.problem().contains("resources/picture.png") && e.problem().contains("zip bomb"), e.getMessage());
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("content.json", XmindFiles.json(XmindReaderTest.plan()));
        for (int i = 0; i < XmindArchive.MAX_ENTRIES; i++) {
            entries.put("resources/" + i, "");
        }
        ImportException e = refused(XmindFiles.zip(entries));
        assertTrue(e.problem().contains("more than 10000 entries"), e.getMessage());
    }

    @Test
    void entryNamesThatClimbOutOfTheArchiveAreRefused() {
        for (String name : new String[] {"../content.json", "/etc/content.json", "resources/../../x", "C:/x", "a\\..\\b"}) {
            Map<String, Object> entries = new LinkedHashMap<>();
            entries.put(name, "x");
            entries.put("content.json", XmindFiles.json(XmindReaderTest.plan()));
            ImportException e = refused(XmindFiles.zip(entries));
            assertTrue(e.problem().contains("points outside the archive"), name + ": " + e.getMessage());
        }
    }

    @Test
    void aZipWithoutAMindMapSaysSo() {
        ImportException e = refused(XmindFiles.zip(Map.of("word/document.xml", "<w/>")));
        assertEquals("bad.xmind: a zip without content.json or content.xml, not an XMind file", e.getMessage());
        ImportException odt = refused(XmindFiles.zip(Map.of("content.xml", "<office:document-content xmlns:office=\"o\"/>")));
        assertTrue(odt.problem().contains("not an XMind map"), odt.getMessage());
    }

    @Test
    void aTruncatedZipIsRefusedNotHalfRead() {
        byte[] good = XmindFiles.zen(XmindFiles.json(XmindReaderTest.plan()));
        ImportException e = refused(Arrays.copyOf(good, good.length / 3));
        assertEquals("bad.xmind", e.file());
    }

    @Test
    void aDtdInXmind8ContentIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE xmap-content [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xmap-content><sheet><topic><title>&x;</title></topic></sheet></xmap-content>";
        ImportException e = refused(XmindFiles.xmind8(xml));
        assertTrue(e.problem().contains(XmlStream.NO_DTD), e.getMessage());
    }

    @Test
    void aFileNamedXmindThatIsNotAZipIsReportedByName(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("notes.xmind");
        byte[] noise = new byte[2000];
        new Random(7).nextBytes(noise);
        noise[0] = 0x7f;
        Files.write(fake, noise);
        ImportException e = assertThrows(ImportException.class, () -> importer.importFileAll(fake, "notes.xmind"));
        assertEquals("notes.xmind", e.file());
        assertTrue(e.problem().contains("not a text file"), e.getMessage());
    }

    @Test
    void aRealXmindFileOnDiskOpensEverySheet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.xmind");
        Files.write(file, XmindFiles.zen(XmindFiles.json(XmindReaderTest.plan(),
                new XmindFiles.Sheet("Second", new XmindFiles.T("Other")))));
        assertEquals(2, importer.importFileAll(file, "plan.xmind").size());
        ImportException missing = assertThrows(ImportException.class,
                () -> importer.importFileAll(dir.resolve("missing.xmind"), "missing.xmind"));
        assertEquals("no such file", missing.problem());
    }
}
