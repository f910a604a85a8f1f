package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.outline.XmindFiles.Sheet;
import dev.crossmap.outline.XmindFiles.T;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * No .xmind file crashes the import: zips with bytes flipped or cut, good zips around broken content, random
 * bytes behind a zip signature, all end in roadmaps or an {@link ImportException} naming the file, through the
 * {@link Importer} and through the {@link XmindReader} on the text alone. Anything else fails the property.
 */
class XmindRobustnessTest {
    private static final String JSON = XmindFiles.json(XmindReaderTest.plan(),
            new Sheet("Two", new T("Second", new T("a"), new T("b").markers("task-done"))));
    private static final String XML = XmindFiles.xml(XmindReaderTest.plan(),
            new Sheet("Two", new T("Second", new T("a"), new T("b").markers("task-done"))));
    private static final List<String> SHARDS = List.of("{", "}", "[", "]", "\"", ",", ":", "\\", "\u0000", "\\u", "null",
            "{\"children\":{\"attached\":[", "\"rootTopic\":", "\"title\":{}", "\"markers\":[1,[2]]", "\"notes\":7", "1e999999",
            "<", "&", "</topic>", "<topic>", "<sheet>", "<?crossmap-sheet 9?>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "\uFEFF");

    private static void endsInSheetsOrATypedError(byte[] bytes) {
        Importer importer = new Importer();
        try {
            List<ImportResult> results = importer.importBytesAll("fuzz.xmind", bytes);
            assertFalse(results.isEmpty());
        } catch (ImportException e) {
            assertTrue(e.line() >= 0 && e.file().equals("fuzz.xmind"), e.getMessage());
        }
        try {
            assertTrue(importer.importBytes("fuzz.xmind", bytes).roadmap() != null);
        } catch (ImportException e) {
            assertTrue(!e.getMessage().isBlank());
        }
    }

    private static void readerCopes(String text) {
        SourceText source = new SourceText("fuzz.json", text, List.of());
        XmindReader reader = new XmindReader();
        if (reader.accepts(source)) {
            try {
                assertFalse(reader.readAll(source).isEmpty());
            } catch (ImportException e) {
                assertTrue(e.line() >= 0, e.getMessage());
            }
        }
    }

    @Property(tries = 1500)
    void zipsWithBytesFlippedOrCut(@ForAll long seed) {
        Random rnd = new Random(seed);
        byte[] zip = rnd.nextBoolean() ? XmindFiles.zen(JSON) : XmindFiles.xmind8(XML);
        int changes = 1 + rnd.nextInt(4);
        for (int i = 0; i < changes && zip.length > 4; i++) { // a cut may leave only the signature
            if (rnd.nextInt(5) == 0) {
                zip = java.util.Arrays.copyOf(zip, 4 + rnd.nextInt(zip.length - 3));
            } else {
                zip[4 + rnd.nextInt(zip.length - 4)] = (byte) rnd.nextInt(256);
            }
        }
        endsInSheetsOrATypedError(zip);
    }

    @Property(tries = 1500)
    void goodZipsAroundBrokenContent(@ForAll long seed) {
        Random rnd = new Random(seed);
        boolean json = rnd.nextBoolean();
        StringBuilder text = new StringBuilder(json ? JSON : XML);
        int changes = 1 + rnd.nextInt(5);
        for (int i = 0; i < changes; i++) {
            int at = rnd.nextInt(text.length() + 1);
            switch (rnd.nextInt(4)) {
                case 0 -> text.insert(at, SHARDS.get(rnd.nextInt(SHARDS.size())));
                case 1 -> text.delete(at, Math.min(text.length(), at + rnd.nextInt(60)));
                case 2 -> text.insert(at, (json ? "{\"title\":\"d\",\"children\":{\"attached\":[" : "<topic><children><topics>")
                        .repeat(1 + rnd.nextInt(3000)));
                default -> text.setLength(at);
            }
        }
        String content = text.toString();
        readerCopes(content);
        endsInSheetsOrATypedError(json ? XmindFiles.zen(content) : XmindFiles.xmind8(content));
    }

    @Property(tries = 1000)
    void randomBytesBehindAZipSignature(@ForAll @Size(max = 3000) byte[] tail) {
        byte[] bytes = new byte[4 + tail.length];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        System.arraycopy(tail, 0, bytes, 4, tail.length);
        endsInSheetsOrATypedError(bytes);
    }

    @Property(tries = 1000)
    void randomTextThatLooksLikeSheets(@ForAll @Size(max = 400) String noise) {
        readerCopes("[{\"rootTopic\":" + noise);
        readerCopes("<xmap-content><sheet>" + noise);
        endsInSheetsOrATypedError(XmindFiles.zen("[{\"rootTopic\":{" + noise).clone());
        endsInSheetsOrATypedError(("[{\"rootTopic\":" + noise).getBytes(StandardCharsets.UTF_8));
    }
}
