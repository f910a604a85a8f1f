package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.crossmap.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topic ids are saved with the user's notes and progress: the way they are made must never change. */
class OutlineBuilderIdsTest {
    /** FNV-1a over the label's UTF-8 bytes, as ids were first made. */
    private static long reference(long h, String s) {
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Test
    void hashesTheUtf8BytesOfEveryKindOfText() {
        List<String> labels = List.of("", "Caching", "Ünïcödé café", "幂等性 与 重试", "Идемпотентность",
                "אידמפוטנטיות", "Emoji \uD83D\uDE80 rocket \uD83E\uDDE0", "lone high \uD800 surrogate",
                "lone low \uDC00 surrogate", "ends high \uD83D", "\uDE80 starts low", "mixed \u00A0\u2013\u2014\u20AC\uFFFD");
        for (String s : labels) {
            assertEquals(reference(0xcbf29ce484222325L, s), OutlineBuilder.fnv(0xcbf29ce484222325L, s), s);
        }
    }

    @Test
    void equallyNamedSiblingsGetDifferentIdsAndCousinsKeepTheirs() {
        OutlineBuilder b = new OutlineBuilder("ids.md");
        int root = b.add(OutlineBuilder.ROOT, "Root", "Root", 1);
        int a = b.add(root, "Section", "Section", 2);
        b.add(a, "Caching", "Caching", 3);
        b.add(a, "Caching", "Caching", 4);
        int c = b.add(root, "Other", "Other", 5);
        b.add(c, "Caching", "Caching", 6);
        List<Topic> topics = b.build("Root", "markdown", new SourceText("ids.md", "", List.of())).roadmap().topics();
        assertNotEquals(topics.get(2).id(), topics.get(3).id());
        assertNotEquals(topics.get(2).id(), topics.get(5).id());

        OutlineBuilder again = new OutlineBuilder("ids.md");
        int r2 = again.add(OutlineBuilder.ROOT, "Root", "Root", 1);
        int c2 = again.add(r2, "Other", "Other", 2);
        again.add(c2, "Caching", "Caching", 3);
        List<Topic> moved = again.build("Root", "markdown", new SourceText("ids.md", "", List.of())).roadmap().topics();
        assertEquals(topics.get(5).id(), moved.get(2).id(), "a topic keeps its id when unrelated parts of the file change");
    }
}
