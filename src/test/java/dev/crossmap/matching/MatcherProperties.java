package dev.crossmap.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.OutlineBuilder;
import dev.crossmap.outline.SourceText;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Whatever the labels (markup, parentheses left open, abbreviations, Chinese, emoji, very long lines), matching
 * ends with a sound atlas: every topic in at most one concept per vertex, no concept of one place, and the
 * same input matched twice gives the same concepts.
 */
class MatcherProperties {
    private static final String[] PIECES = {"(", ")", "((", "CI", "CD", "ML", "Continuous Integration (CI)", " vs ",
        " & ", ", ", ": ", " - ", " — ", "/", " / ", "Redis", "Caching", "Phase 3: ", "Lección 2 - ", "1. ", "a) ",
        "缓存", "消息队列", "Идемпотентность", "🚀", "**", "[x]", "how ", " works", "Authentification", "Authentication",
        "using ", " to ", " in ", "machine learning", "Machine Learning", "Overview", "Introduction", "for", "",
        "x".repeat(300), "C++", "N+1", "A/B", "(Redis, CDN)", "Server side", "Rendering", " and ", "+", "_", "\t"};

    private static Roadmap roadmap(String name, Random rnd) {
        OutlineBuilder b = new OutlineBuilder(name);
        int parent = OutlineBuilder.ROOT;
        int n = 1 + rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
            StringBuilder label = new StringBuilder();
            for (int k = 0, m = 1 + rnd.nextInt(5); k < m; k++) {
                label.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String l = label.toString().isBlank() ? "x" : label.toString();
            int at = b.add(rnd.nextInt(3) == 0 || parent == OutlineBuilder.ROOT ? OutlineBuilder.ROOT : parent, l, l, i + 1);
            parent = rnd.nextBoolean() ? at : parent;
        }
        return b.build(name, "markdown", new SourceText(name, "", List.of())).roadmap();
    }

    @Property(tries = 300)
    void anyLabelsMatchIntoASoundAtlas(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<Roadmap> roadmaps = List.of(roadmap("a.md", rnd), roadmap("b.md", rnd), roadmap("c.md", rnd));
        Atlas atlas = new Matcher().match(roadmaps);
        Set<dev.crossmap.model.TopicId> seen = new HashSet<>();
        for (Concept c : atlas.concepts()) {
            assertTrue(c.size() >= 2, c.label());
            for (Occurrence o : c.members()) {
                assertTrue(seen.add(o.vertex()), "a vertex is in one concept: " + o);
            }
        }
        atlas.links().forEach(l -> assertTrue(!l.reason().isBlank() && !l.reason().contains("\n"), l.toString()));
        assertEquals(atlas.concepts().size(), new Matcher().match(roadmaps).concepts().size(), "matching is deterministic");
    }
}
