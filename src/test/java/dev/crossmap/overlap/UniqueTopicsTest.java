package dev.crossmap.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only one roadmap teaches. */
class UniqueTopicsTest {
    private final Matcher matcher = new Matcher();

    private static List<String> labels(UniqueTopics u, String roadmap) {
        return u.byRoadmap().get(roadmap).stream().map(Topic::label).toList();
    }

    @Test
    void aTopicNoOtherRoadmapTeachesIsUniqueButTitlesAndStructuralLabelsAreNot() throws Exception {
        List<Roadmap> maps = List.of(
                Atlases.outline("a.md", "# Backend plan\n## Phase 1\n- Key Topics:\n  - Idempotency\n  - Kafka\n  - Kafka\n"),
                Atlases.outline("b.md", "- Idempotency\n- Redis\n"));
        Atlas atlas = matcher.match(maps);
        UniqueTopics u = UniqueTopics.of(atlas, CoverageMatrix.of(atlas), matcher);
        assertEquals(List.of("Kafka", "Kafka"), labels(u, "a.md"),
                "Kafka is repeated only inside a.md, so both are unique; the title, 'Phase 1' and 'Key Topics:' are structure");
        assertEquals(List.of("Redis"), labels(u, "b.md"));
        assertEquals(2, u.count("a.md"));
        assertEquals(0, u.count("missing.md"));
    }

    @Test
    void aCompoundTopicWithOneSharedPartIsNotUnique() throws Exception {
        List<Roadmap> maps = List.of(
                Atlases.outline("a.md", "- Transactions & isolation levels\n- Sharding\n"),
                Atlases.outline("b.md", "- Isolation levels\n"));
        Atlas atlas = matcher.match(maps);
        UniqueTopics u = UniqueTopics.of(atlas, CoverageMatrix.of(atlas), matcher);
        assertEquals(List.of("Sharding"), labels(u, "a.md"));
        assertTrue(labels(u, "b.md").isEmpty());
    }

    @Test
    void inTheBundledRoadmapsNoOccurrenceOfASharedConceptIsUnique() throws Exception {
        Atlas atlas = Atlases.bundled();
        CoverageMatrix m = CoverageMatrix.of(atlas);
        UniqueTopics u = UniqueTopics.of(atlas, m, matcher);
        assertEquals(m.roadmaps(), List.copyOf(u.byRoadmap().keySet()));
        for (Occurrence o : Atlases.concept(atlas, "idempotency").members()) {
            assertFalse(u.byRoadmap().get(o.roadmap()).contains(o.topic()), o.roadmap() + ":" + o.line());
        }
        for (Roadmap r : atlas.roadmaps()) {
            assertTrue(u.count(r.name()) > 0 && u.count(r.name()) < r.size(), r.name() + " " + u.count(r.name()));
        }
    }
}
