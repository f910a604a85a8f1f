package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No bytes crash the roadmap.sh reader: our fixtures and a generated file broken in every way (truncated, bytes
 * flipped, JSON structure pasted in, nesting thousands deep, numbers and strings where objects belong) end in an
 * {@link ImportResult} or an {@link ImportException} with a line, through the {@link Importer} and the reader.
 */
class RoadmapShRobustnessTest {
    private static final List<byte[]> SEEDS = seeds();
    private static final List<String> SHARDS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "null",
            "1e999999", "-0", "NaN", "\"nodes\":[", "\"edges\":[", "\"mockup\":{\"controls\":{\"control\":[",
            "{\"id\":\"x\",\"type\":\"subtopic\",\"data\":{\"label\":\"L\"}}", "\"position\":{\"x\":1e308,\"y\":-1e308}",
            "\"source\":\"t-internet\",\"target\":\"t-internet\"", "\"data\":[]", "\"data\":7", "\"checklists\":{}",
            "\"legend\":\"x\"", "\"legend\":[1,2]", "\"width\":\"wide\"", "\"controlName\":\"1-:::\"",
            "\"x-crossmap-content\":{\"a@t-internet.md\":\"# x\\n- [@a@](u)\"}", "\uFEFF", "\u00e2\u20ac\u201d");

    private static List<byte[]> seeds() {
        try {
            return List.of(Files.readAllBytes(RoadmapShReaderTest.EDITOR), Files.readAllBytes(RoadmapShReaderTest.MOCKUP),
                    RoadmapShLargeTest.editor(3).getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void endsInAResultOrATypedError(byte[] bytes) {
        try {
            assertTrue(new Importer().importBytes("fuzz.json", bytes).roadmap() != null);
        } catch (ImportException e) {
            assertTrue(e.line() >= 0 && !e.getMessage().isBlank(), e.getMessage());
        }
        SourceText source = new SourceText("fuzz.json", new String(bytes, StandardCharsets.UTF_8), List.of());
        RoadmapShReader reader = new RoadmapShReader();
        reader.accepts(source);
        try {
            assertTrue(reader.read(source).roadmap() != null);
        } catch (ImportException e) {
            assertTrue(e.line() >= 0 && !e.getMessage().isBlank(), e.getMessage());
        }
    }

    @Property(tries = 3000)
    void mutatedRoadmapShFiles(@ForAll long seed) {
        Random rnd = new Random(seed);
        byte[] b = SEEDS.get(rnd.nextInt(SEEDS.size()));
        int mutations = 1 + rnd.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
            switch (rnd.nextInt(6)) {
                case 0 -> b = Arrays.copyOf(b, at);
                case 1 -> {
                    if (b.length > 0) {
                        b = b.clone();
                        b[Math.min(at, b.length - 1)] = (byte) rnd.nextInt(256);
                    }
                }
                case 2, 3 -> b = insert(b, at, SHARDS.get(rnd.nextInt(SHARDS.size())).getBytes(StandardCharsets.UTF_8));
                case 4 -> b = insert(b, at, (rnd.nextBoolean() ? "[" : "{\"a\":").repeat(1 + rnd.nextInt(3000))
                        .getBytes(StandardCharsets.UTF_8));
                default -> {
                    int to = Math.min(b.length, at + rnd.nextInt(300));
                    byte[] cut = new byte[b.length - (to - at)];
                    System.arraycopy(b, 0, cut, 0, at);
                    System.arraycopy(b, to, cut, at, b.length - to);
                    b = cut;
                }
            }
        }
        endsInAResultOrATypedError(b);
    }

    @Property(tries = 2000)
    void jsonNoise(@ForAll("jsonNoise") String text) {
        endsInAResultOrATypedError(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> jsonNoise() {
        Arbitrary<String> body = Arbitraries.strings().withChars("{}[]:,\"0123456789.-eE tfnulrx\\\n").ofMaxLength(300);
        return Arbitraries.of("{\"nodes\":[", "{\"edges\":[],\"nodes\":[{", "{\"mockup\":{\"controls\":{\"control\":[{",
                "{\"nodes\":[{\"type\":\"section\",\"position\":{\"x\":", "{").flatMap(p -> body.map(x -> p + x));
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + piece.length);
        out.write(b, 0, at);
        out.write(piece, 0, piece.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }
}
