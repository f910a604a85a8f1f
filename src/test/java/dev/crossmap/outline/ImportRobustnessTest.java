package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * No bytes crash the import: random data and real files broken in every way we could think of (truncated,
 * bytes flipped, {@code <}, {@code &} and NULs inserted, a DTD pasted in, nesting thousands deep) all end in
 * an {@link ImportResult} or an {@link ImportException} with a line, through the {@link Importer} and through
 * each reader on its own. Anything else (a RuntimeException, a StackOverflowError) fails the property.
 */
class ImportRobustnessTest {
    private static final List<byte[]> SEEDS = Corpus.everything();
    private static final List<OutlineReader> READERS = List.of(new OpmlReader(), new FreeplaneReader(), new XmindReader(),
            new MarkdownReader());
    /** Fragments that break parsers: markup starts, references, control characters, structure, mojibake. */
    private static final List<String> SHARDS = List.of("<", "&", "\u0000", ">", "\"", "'", "]]>", "<![CDATA[",
            "&#0;", "&#xD800;", "&lol;", "&amp", "<!--", "-->", "<?xml version=\"1.0\"?>", "\r", "\uFEFF",
            "<!DOCTYPE opml [<!ENTITY a \"&#38;#60;\">]>", "<!DOCTYPE map SYSTEM \"file:///etc/passwd\">",
            "<outline text=\"", "<outline text=\"x\">", "</outline>", "<node TEXT=\"x\" ID=\"ID_1\">", "</node>",
            "<richcontent TYPE=\"NODE\"><html><body><p>", "<arrowlink DESTINATION=\"ID_9\"/>", "<opml>", "<map>",
            "\n# ", "\n- [ ] ", "\n\t\t- ", "\n1.1. ", "**", "`", "&nbsp;", "\u00e2\u20ac\u201d", "\ud83e", "\n=====\n");

    private static void endsInAResultOrATypedError(ThrowingImport work) {
        try {
            ImportResult r = work.run();
            assertTrue(r.roadmap() != null);
        } catch (ImportException e) {
            assertTrue(e.line() >= 0, e.getMessage());
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    interface ThrowingImport {
        ImportResult run() throws ImportException;
    }

    private static void throughEveryDoor(byte[] bytes) {
        endsInAResultOrATypedError(() -> new Importer().importBytes("fuzz.input", bytes));
        String text = new String(bytes, StandardCharsets.UTF_8);
        SourceText source = new SourceText("fuzz.input", text, List.of());
        for (OutlineReader reader : READERS) {
            reader.accepts(source);
            endsInAResultOrATypedError(() -> reader.read(source));
        }
    }

    @Property(tries = 3000)
    void randomBytes(@ForAll @Size(max = 4000) byte[] bytes) {
        throughEveryDoor(bytes);
    }

    @Property(tries = 3000)
    void markupNoise(@ForAll("markupNoise") String text) {
        throughEveryDoor(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> markupNoise() {
        Arbitrary<String> body = Arbitraries.strings().withChars("<>/=\"'&#;![]-?x \n\t\r").ofMaxLength(300);
        return Arbitraries.of("", "<opml>", "<map>", "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>",
                "<map version=\"1.0\"><node TEXT=\"r\">", "# Title\n").flatMap(p -> body.map(b -> p + b));
    }

    @Property(tries = 6000)
    void mutatedRealFiles(@ForAll long seed) {
        throughEveryDoor(mutate(new Random(seed)));
    }

    /** A real file (or its head, to keep each try fast) with one to six things broken in it. */
    static byte[] mutate(Random rnd) {
        byte[] seed = SEEDS.get(rnd.nextInt(SEEDS.size()));
        byte[] b = rnd.nextInt(8) == 0 ? seed : Arrays.copyOf(seed, Math.min(seed.length, 512 + rnd.nextInt(12_000)));
        int mutations = 1 + rnd.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
            switch (rnd.nextInt(7)) {
                case 0 -> b = Arrays.copyOf(b, at);
                case 1 -> {
                    if (b.length > 0) {
                        b[Math.min(at, b.length - 1)] = (byte) rnd.nextInt(256);
                    }
                }
                case 2 -> b = insert(b, at, SHARDS.get(rnd.nextInt(SHARDS.size())).getBytes(StandardCharsets.UTF_8));
                case 3 -> b = cut(b, at, Math.min(b.length, at + rnd.nextInt(200)));
                case 4 -> b = insert(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + rnd.nextInt(400))));
                case 5 -> b = insert(b, at, deepNesting(rnd));
                default -> b = insert(b, at, new byte[] {(byte) "<&\u0000"
                        .charAt(rnd.nextInt(3))});
            }
        }
        return b;
    }

    private static byte[] deepNesting(Random rnd) {
        int depth = 1 + rnd.nextInt(3000);
        String open;
        switch (rnd.nextInt(3)) {
            case 0 -> open = "<outline text=\"d\">";
            case 1 -> open = "<node TEXT=\"d\">";
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < Math.min(depth, 400); i++) {
                    sb.append(" ".repeat(i)).append("- d\n");
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return open.repeat(depth).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + piece.length);
        out.write(b, 0, at);
        out.write(piece, 0, piece.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] cut(byte[] b, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, from);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }
}
