package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Encodings are recognised and mojibake is undone, without touching text that was right. */
class TextRepairTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    /** What a program that read UTF-8 bytes as {@code charset} shows (undefined bytes as Latin-1 does). */
    private static String misread(String text, Charset charset) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, charset);
            sb.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xff)) : c);
        }
        return sb.toString();
    }

    private static String repaired(String line) {
        return TextRepair.repairLine(line).map(TextRepair.LineRepair::text).orElse(line);
    }

    @Test
    void cp1252MojibakeFromTheMasteryRoadmapIsUndone() {
        assertEquals("PHASE 0 \u2014 Mental Shift", repaired("PHASE 0 \u00E2\u20AC\u201D Mental Shift"));
        assertEquals("# \uD83E\uDDE0 BACKEND", repaired("# \u00F0\u0178\u00A7\u00A0 BACKEND")); // NBSP is part of it
        assertEquals("don\u2019t", repaired("don\u00E2\u20AC\u2122t"));
        assertEquals(Optional.of(TextRepair.Misreading.CP1252),
                TextRepair.repairLine("a \u00E2\u20AC\u201C b").map(TextRepair.LineRepair::how));
    }

    @Test
    void macRomanMojibakeFromTheMasterTreeIsUndone() {
        assertEquals("WHAT \u201CBACKEND COMPLETE\u201D MEANS",
                repaired("WHAT \u201A\u00C4\u00FABACKEND COMPLETE\u201A\u00C4\u00F9 MEANS"));
        assertEquals("# \uD83D\uDC0D PYTHON", repaired("# \uF8FF\u00FC\u00EA\u00E7 PYTHON"));
        assertEquals(Optional.of(TextRepair.Misreading.MAC_ROMAN),
                TextRepair.repairLine("\uF8FF\u00FC\u00EA\u00E7").map(TextRepair.LineRepair::how));
    }

    @Test
    void bytesThatCp1252LeavesUndefinedStillRepair() {
        // "Á" is C3 81 and "ŝ" is C5 9D: 0x81 and 0x9D have no cp1252 character, so a misreading shows C1 controls
        assertEquals("\u00C1 and \u015D", repaired(misread("\u00C1 and \u015D", CP1252)));
    }

    @Test
    void textThatWasMisreadTwiceIsRepairedTwice() {
        assertEquals("a \u2014 b", repaired(misread(misread("a \u2014 b", CP1252), CP1252)));
    }

    @Test
    void correctTextIsLeftAlone() {
        for (String right : List.of("caf\u00E9, na\u00EFve, \u00C6r\u00F8, Z\u00FCrich", "Espa\u00F1ol \u2014 \u201Cquoted\u201D",
                "\u65E5\u672C\u8A9E", "Ti\u1EBFng Vi\u1EC7t", "\uD83E\uDDE0 and \uD83D\uDC0D", "10\u00A0h", "\u00BFQu\u00E9?")) {
            assertEquals(Optional.empty(), TextRepair.repairLine(right), right);
        }
    }

    @Property
    void anyMisreadTextComesBack(@ForAll("realisticText") String text) {
        assertEquals(text, repaired(misread(text, CP1252)));
        assertEquals(text, repaired(misread(text, MAC_ROMAN)));
    }

    @Property
    void realisticTextIsNeverChanged(@ForAll("realisticText") String text) {
        assertEquals(Optional.empty(), TextRepair.repairLine(text));
    }

    /** Words in Latin, accented Latin, Greek, Cyrillic, CJK and emoji, separated by spaces and punctuation. */
    @Provide
    Arbitrary<String> realisticText() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withChars("\u00E9\u00FC\u00F8\u00C6\u00DF\u00E7\u00E0\u00F1").ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u03B1', '\u03C9').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u0430', '\u044F').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("\uD83E\uDDE0", "\uD83D\uDC0D", "\uD83D\uDD39", "\u2014", "\u2019", "\u201C", "\u2192"));
        return word.list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws));
    }

    @Test
    void utf8WithAndWithoutBomDecodes() throws Exception {
        byte[] plain = "# caf\u00E9".getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertEquals("# caf\u00E9", TextDecoder.decode("a.md", plain).text());
        assertEquals("# caf\u00E9", TextDecoder.decode("a.md", bom).text());
        assertTrue(TextDecoder.decode("a.md", bom).warnings().isEmpty());
    }

    @Test
    void utf16WithABomOrTellingNulBytesDecodes() throws Exception {
        String text = "# Title\n- caf\u00E9 \uD83E\uDDE0\n";
        assertEquals(text, TextDecoder.decode("a.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE))).text());
        assertEquals(text, TextDecoder.decode("a.md", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE))).text());
        SourceText noMark = TextDecoder.decode("a.md", text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(text, noMark.text());
        assertEquals("a.md: no byte-order mark: read as UTF-16LE", noMark.warnings().get(0).toString());
        assertEquals(text, TextDecoder.decode("a.md", text.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void latin1FilesAndStrayLatin1LinesAreReadAsCp1252() throws Exception {
        SourceText latin = TextDecoder.decode("l.md", "- caf\u00E9 \u2013 na\u00EFve\n".getBytes(CP1252));
        assertEquals("- caf\u00E9 \u2013 na\u00EFve\n", latin.text());
        assertEquals(List.of("l.md: not UTF-8: read as Windows-1252 (Latin-1)"),
                latin.warnings().stream().map(ImportWarning::toString).collect(Collectors.toList()));
        byte[] mixed = concat("- \u00FCber\n".getBytes(StandardCharsets.UTF_8), "- Z\u00FCrich\n".getBytes(CP1252));
        SourceText m = TextDecoder.decode("m.md", mixed);
        assertEquals("- \u00FCber\n- Z\u00FCrich\n", m.text(), "the UTF-8 line is not turned into mojibake");
        assertEquals(List.of("m.md:2: line is not UTF-8: read as Windows-1252 (Latin-1)"),
                m.warnings().stream().map(ImportWarning::toString).collect(Collectors.toList()));
    }

    @Test
    void repairsAreWarningsWithTheirLines() throws Exception {
        String text = "# ok\n- a \u00E2\u20AC\u201D b\r\n- fine\r- \u201A\u00C4\u00FAq\u201A\u00C4\u00F9\n";
        SourceText s = TextDecoder.decode("w.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("# ok\n- a \u2014 b\r\n- fine\r- \u201Cq\u201D\n", s.text());
        assertEquals(List.of("w.md:2: repaired mojibake (UTF-8 read as cp1252)",
                        "w.md:4: repaired mojibake (UTF-8 read as MacRoman)"),
                s.warnings().stream().map(ImportWarning::toString).collect(Collectors.toList()));
    }

    @Test
    void binaryDataIsRefusedWithItsLine() {
        ImportException e = assertThrows(ImportException.class,
                () -> TextDecoder.decode("x.md", new byte[] {'#', '\n', 'a', 0, 7, 9, (byte) 0xFF, 3}));
        assertEquals("x.md:2: not a text file (binary data at byte 3)", e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
