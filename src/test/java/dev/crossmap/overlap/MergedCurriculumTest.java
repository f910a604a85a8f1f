package dev.crossmap.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.OutlineBuilder;
import dev.crossmap.outline.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One map of all roadmaps: each concept once, under the parent most of its occurrences have. */
class MergedCurriculumTest {
    private static String parentLabel(MergedCurriculum m, CurriculumItem item) {
        return m.parent(item).map(CurriculumItem::label).orElse("(top)");
    }

    private static CurriculumItem item(MergedCurriculum m, String label) {
        List<CurriculumItem> found = m.items().stream().filter(i -> i.label().equals(label)).toList();
        assertEquals(1, found.size(), "exactly one item called " + label);
        return found.get(0);
    }

    private static List<String> labels(List<CurriculumItem> items) {
        return items.stream().map(CurriculumItem::label).toList();
    }

    @Test
    void theBundledRoadmapsMergeIntoEveryConceptOnceAndEveryOtherTopicOnce() throws Exception {
        Atlas atlas = Atlases.bundled();
        MergedCurriculum m = MergedCurriculum.of(atlas);
        Set<Concept> seen = new HashSet<>();
        Map<TopicId, Integer> shownAsItself = new HashMap<>();
        for (CurriculumItem i : m.items()) {
            if (i.concept().isPresent()) {
                assertTrue(seen.add(i.concept().get()), "concept twice: " + i.label());
            } else {
                shownAsItself.merge(i.topics().get(0), 1, Integer::sum);
            }
        }
        assertEquals(atlas.concepts().size(), seen.size());
        int topics = 0;
        int organising = 0;
        for (Roadmap r : atlas.roadmaps()) {
            for (Topic t : r.topics()) {
                topics++;
                boolean inConcept = atlas.conceptOf(t.id()).isPresent();
                // "Key Topics:", "Practice", "Tools" under a section only organise it: no item, what they hold goes up
                boolean dissolved = !inConcept && atlas.onlyOrganises(t.id());
                organising += dissolved ? 1 : 0;
                assertEquals(inConcept || dissolved ? null : 1, shownAsItself.get(t.id()), r.name() + ":" + t.line());
                if (!dissolved) {
                    assertTrue(m.itemOf(t.id()).orElseThrow().topics().contains(t.id()));
                }
            }
        }
        assertTrue(organising > 10, "the bundled roadmaps have many labels that only organise: " + organising);
        assertTrue(m.items().stream().noneMatch(i -> i.label().equals("Key Topics") || i.label().equals("Master")),
                "no structural label is an item of the merged curriculum");
        assertTrue(m.size() < topics, "merging makes the map smaller: " + m.size() + " of " + topics);

        CurriculumItem idem = m.itemOf(Atlases.concept(atlas, "idempotency").members().get(0).topic().id()).orElseThrow();
        assertEquals("Idempotency", idem.label());
        assertEquals(5, idem.places());
        assertEquals(List.of(new CurriculumItem.Taught("senior-backend-study-path.md", 2),
                new CurriculumItem.Taught("python-backend-master-tree.md", 2),
                new CurriculumItem.Taught("backend-engineering-mastery.md", 1)), idem.taughtIn());
        assertEquals("Safety and correctness", parentLabel(m, idem),
                "the study path's section wins the tie: it is written first");
    }

    @Test
    void readingTopToBottomVisitsEveryItemOnceEachAfterItsParent() throws Exception {
        MergedCurriculum m = MergedCurriculum.of(Atlases.bundled());
        List<MergedCurriculum.Line> lines = m.lines();
        assertEquals(m.size(), lines.size());
        Map<Integer, Integer> depthOf = new HashMap<>();
        for (MergedCurriculum.Line l : lines) {
            Optional<CurriculumItem> parent = m.parent(l.item());
            int expected = parent.map(p -> depthOf.get(p.index()) + 1).orElse(0);
            assertEquals(expected, l.depth(), l.item().label());
            assertTrue(depthOf.put(l.item().index(), l.depth()) == null, "twice: " + l.item().label());
            parent.ifPresent(p -> assertTrue(m.children(p).contains(l.item())));
        }
    }

    @Test
    void aConceptGoesUnderTheParentMostOfItsOccurrencesHave() throws Exception {
        List<Roadmap> maps = List.of(
                Atlases.outline("a.md", "- Reliability\n  - Retries\n"),
                Atlases.outline("b.md", "- Networking\n  - Retries\n"),
                Atlases.outline("c.md", "- Reliability\n  - Retries\n  - Timeouts\n"),
                Atlases.outline("d.md", "- Reliability\n  - Circuit breakers\n  - Retries\n"));
        MergedCurriculum m = MergedCurriculum.of(Atlases.joined(maps, "reliability", "retries"));
        CurriculumItem retries = item(m, "Retries");
        assertEquals("Reliability", parentLabel(m, retries));
        assertEquals(List.of("Reliability", "Networking"), labels(m.roots()));
        assertEquals(List.of("Retries", "Timeouts", "Circuit breakers"), labels(m.children(item(m, "Reliability"))),
                "in the order they are written under it, roadmap by roadmap");
        assertTrue(m.children(item(m, "Networking")).isEmpty());
        assertEquals(List.of("a.md", "b.md", "c.md", "d.md"),
                retries.taughtIn().stream().map(CurriculumItem.Taught::roadmap).toList());
    }

    @Test
    void aTieGoesToTheParentWrittenFirst() throws Exception {
        List<Roadmap> maps = List.of(
                Atlases.outline("a.md", "- Performance\n  - Indexing\n"),
                Atlases.outline("b.md", "- Databases\n  - Indexing\n"));
        MergedCurriculum m = MergedCurriculum.of(Atlases.joined(maps, "indexing"));
        assertEquals("Performance", parentLabel(m, item(m, "Indexing")));
        MergedCurriculum swapped = MergedCurriculum.of(Atlases.joined(List.of(maps.get(1), maps.get(0)), "indexing"));
        assertEquals("Databases", parentLabel(swapped, item(swapped, "Indexing")));
    }

    @Test
    void twoConceptsThatEachLiveUnderTheOtherMakeNoCycle() throws Exception {
        // Caching is mostly under Redis and Redis mostly under Caching: one of the two votes must give way.
        List<Roadmap> maps = List.of(
                Atlases.outline("a.md", "- Redis\n  - Caching\n"),
                Atlases.outline("b.md", "- Redis\n  - Caching\n"),
                Atlases.outline("c.md", "- Caching\n  - Redis\n"),
                Atlases.outline("d.md", "- Caching\n  - Redis\n"),
                Atlases.outline("e.md", "- Storage\n  - Redis\n    - Caching\n"),
                Atlases.outline("f.md", "- Web\n  - Caching\n    - Redis\n"));
        MergedCurriculum m = MergedCurriculum.of(Atlases.joined(maps, "caching", "redis"));
        assertEquals("Redis", parentLabel(m, item(m, "Caching")), "caching is placed first (same size, label order)");
        assertEquals("(top)", parentLabel(m, item(m, "Redis")), "its own majority would close a cycle; next best: the top");
        assertEquals(m.size(), m.lines().size(), "every item is reachable from the top");
    }

    @Test
    void anOccurrenceUnderAnotherOccurrenceOfItselfDoesNotVote() throws Exception {
        List<Roadmap> maps = List.of(
                Atlases.outline("a.md", "- Caching\n  - Caching\n  - Caching\n"),
                Atlases.outline("b.md", "- Performance\n  - Caching\n"));
        MergedCurriculum m = MergedCurriculum.of(Atlases.joined(maps, "caching"));
        CurriculumItem caching = item(m, "Caching");
        assertEquals(4, caching.places());
        assertEquals("(top)", parentLabel(m, caching), "top (a.md, first) ties with Performance (b.md)");
        assertEquals(m.size(), m.lines().size());
    }

    @Test
    void aHundredThousandDeepOutlineMergesWithoutRecursion() {
        int depth = 100_000;
        OutlineBuilder b = new OutlineBuilder("deep.md");
        int parent = OutlineBuilder.ROOT;
        for (int i = 0; i < depth; i++) {
            parent = b.add(parent, "item " + i, "- item " + i, i + 1);
        }
        Roadmap deep = b.build("deep.md", "markdown", new SourceText("deep.md", "", List.of())).roadmap();
        MergedCurriculum m = MergedCurriculum.of(Atlas.of(List.of(deep)));
        List<MergedCurriculum.Line> lines = m.lines();
        assertEquals(depth, lines.size());
        assertEquals(depth - 1, lines.get(depth - 1).depth());
        assertEquals("item 99999", lines.get(depth - 1).item().label());
    }

    @Test
    void labelsAreShownAsAReaderSeesThem() throws Exception {
        List<Roadmap> maps = new ArrayList<>(List.of(
                Atlases.outline("a.md", "- ci/cd\n- **Docker** (4 h)\n"),
                Atlases.outline("b.md", "- CI/CD:\n")));
        MergedCurriculum m = MergedCurriculum.of(Atlases.joined(maps, "ci/cd"));
        assertEquals(List.of("CI/CD", "Docker"), labels(m.roots()),
                "the concept as an author capitalised it; markup and hours left out");
    }
}
