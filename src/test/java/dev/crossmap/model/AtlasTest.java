package dev.crossmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AtlasTest {
    private static Topic topic(String id, String label) {
        return new Topic(new TopicId(id), null, label, label, 1, 0, TopicMeta.NONE, Optional.empty(), "", false);
    }

    /** Two roadmaps that both teach caching, joined as one concept. */
    private static Atlas cachingTwice() {
        Roadmap a = new Roadmap("a.md", "A", "markdown", List.of(topic("a:1", "Caching")), "- Caching\n");
        Roadmap b = new Roadmap("b.md", "B", "markdown", List.of(topic("b:1", "Caches")), "- Caches\n");
        Link same = new Link(new TopicId("a:1"), new TopicId("b:1"), LinkKind.SAME_AS, LinkOrigin.MANUAL, 1, "test");
        return new Atlas(List.of(a, b), List.of(), List.of(same), List.of());
    }

    @Test
    void namingConceptsMakesANewAtlasAndLeavesTheOriginalAsItWas() {
        Atlas matched = cachingTwice();
        String before = matched.concepts().get(0).label();

        Atlas named = matched.withConceptNames(Map.of(new TopicId("b:1"), "Caching layers"));

        assertNotSame(matched, named);
        assertEquals("Caching layers", named.concepts().get(0).label());
        assertEquals("Caching layers", named.conceptOf(new TopicId("a:1")).orElseThrow().label());
        assertEquals(before, matched.concepts().get(0).label(), "the original keeps the matcher's name");
        assertEquals(before, matched.conceptOf(new TopicId("a:1")).orElseThrow().label());
    }

    @Test
    void aNamedAtlasHasTheSameTopicsLinksAndDecisions() {
        Atlas matched = cachingTwice();
        Atlas named = matched.withConceptNames(Map.of(new TopicId("a:1"), "Caching layers"));

        assertEquals(matched.roadmaps(), named.roadmaps());
        assertEquals(matched.links(), named.links());
        assertEquals(matched.graph().vertexSet(), named.graph().vertexSet());
        assertEquals(matched.concepts().get(0).members(), named.concepts().get(0).members());
    }

    @Test
    void namingAnAtlasTwiceKeepsOnlyTheLaterNames() {
        Atlas once = cachingTwice().withConceptNames(Map.of(new TopicId("a:1"), "First"));
        Atlas twice = once.withConceptNames(Map.of());

        assertEquals("First", once.concepts().get(0).label());
        assertEquals(cachingTwice().concepts().get(0).label(), twice.concepts().get(0).label());
        assertSame(twice, twice.withConceptNames(Map.of()), "the same names: the same atlas, its concepts kept");
    }

    private static Topic child(String id, String parent, String label, int line) {
        return new Topic(new TopicId(id), new TopicId(parent), label, label, line, 1, TopicMeta.NONE, Optional.empty(), "", false);
    }

    private static Link same(String a, String b) {
        return new Link(new TopicId(a), new TopicId(b), LinkKind.SAME_AS, LinkOrigin.AUTO, 1, "test");
    }

    /**
     * Concepts come from the SAME_AS links alone: two separate groups, a topic that takes part through one of its
     * facets, topics and facets in no concept; each member once with the path a reader sees, in roadmap then line
     * order (a topic before the one written under it on the same line), and every vertex finds its concept.
     */
    @Test
    void conceptsAreTheGroupsOfSameAsLinksWithEveryVertexFindingItsConcept() {
        Roadmap a = new Roadmap("a.md", "A", "markdown", List.of(
                topic("a:0", "Backend"),
                child("a:1", "a:0", "Caching", 2),
                child("a:2", "a:0", "Retries and timeouts", 3),
                child("a:3", "a:2", "Retries", 3),
                child("a:4", "a:0", "Logging", 4)), "# A\n");
        Roadmap b = new Roadmap("b.md", "B", "markdown", List.of(
                topic("b:0", "Services"),
                child("b:1", "b:0", "Caches", 2),
                child("b:2", "b:0", "Retry", 3),
                child("b:3", "b:0", "Timeouts", 4)), "- Services\n");
        Facet retries = new Facet(new TopicId("a:2#1"), new TopicId("a:2"), "Retries");
        Facet timeouts = new Facet(new TopicId("a:2#2"), new TopicId("a:2"), "timeouts");
        Atlas atlas = new Atlas(List.of(a, b), List.of(retries, timeouts),
                List.of(same("b:3", "a:2#2"), same("a:1", "b:1"), same("b:2", "a:3"), same("a:2#1", "b:2")), List.of());

        List<Concept> concepts = atlas.concepts();

        assertEquals(List.of("retries", "caches", "timeouts"), concepts.stream().map(Concept::label).toList(),
                "largest first, then by name");
        Concept retry = concepts.get(0);
        assertEquals(List.of("a:2", "a:3", "b:2"),
                retry.members().stream().map(o -> o.topic().id().value()).toList(), "the compound line before the line under it");
        assertEquals(new TopicId("a:2#1"), retry.members().get(0).vertex(), "the compound topic takes part through its facet");
        assertEquals(List.of("Backend", "Retries and timeouts"), retry.members().get(1).path());
        assertEquals(List.of("Services"), retry.members().get(2).path());
        assertEquals(2, retry.links().size());
        for (String v : List.of("a:2#1", "a:3", "b:2")) {
            assertEquals(retry, atlas.conceptOf(new TopicId(v)).orElseThrow(), v);
        }
        assertEquals(concepts.get(2), atlas.conceptOf(new TopicId("a:2#2")).orElseThrow(),
                "the other facet of the compound line is in another concept");
        assertEquals(retry, atlas.conceptOf(new TopicId("a:2")).orElseThrow(), "the topic itself: its largest concept");
        assertTrue(atlas.conceptOf(new TopicId("a:4")).isEmpty());
        assertTrue(atlas.conceptOf(new TopicId("a:0")).isEmpty());

        assertEquals(4, atlas.links().size(), "the links matching made, without the outline");
        assertEquals(11, atlas.graph().vertexSet().size(), "the graph: every topic and facet");
        assertEquals(7, atlas.graph().edgeSet().stream().filter(l -> l.kind() == LinkKind.CHILD).count(),
                "and the outline, parent to child");
        assertTrue(atlas.graph().containsEdge(new TopicId("a:2"), new TopicId("a:3")));
        assertEquals(3, atlas.sameAsView().edgesOf(new TopicId("b:2")).size() + atlas.sameAsView().edgesOf(new TopicId("a:1")).size());
    }

    private static Link related(String a, String b) {
        return new Link(new TopicId(a), new TopicId(b), LinkKind.RELATED, LinkOrigin.AUTO, 1, "test");
    }

    /** A topic linked many times, both ways, shows its related links as made: those to it, then those from it. */
    @Test
    void aTopicLinkedManyTimesShowsItsRelatedLinksInTheOrderTheyWereMade() {
        Roadmap a = new Roadmap("a.md", "A", "markdown", List.of(
                topic("a:0", "Backend"),
                child("a:1", "a:0", "Caching", 2),
                child("a:2", "a:0", "Cache eviction", 3),
                child("a:3", "a:0", "CDN", 4),
                child("a:4", "a:0", "Cache stampede", 5),
                child("a:5", "a:0", "Write-through caching", 6),
                child("a:6", "a:0", "Memoization", 7)), "# A\n");
        Roadmap b = new Roadmap("b.md", "B", "markdown", List.of(topic("b:1", "Caches")), "- Caches\n");
        List<Link> links = List.of(related("a:1", "a:2"), related("a:3", "a:1"), same("a:1", "b:1"),
                related("a:1", "a:4"), related("a:1", "a:5"), related("a:6", "a:1"));
        Atlas atlas = new Atlas(List.of(a, b), List.of(), links, List.of());

        Concept caching = atlas.conceptOf(new TopicId("a:1")).orElseThrow();

        assertEquals(List.of(links.get(1), links.get(5), links.get(0), links.get(3), links.get(4)),
                atlas.related(caching));
        assertEquals(links, atlas.links());
        assertTrue(atlas.conceptOf(new TopicId("c:1")).isEmpty(), "a vertex of no roadmap is in no concept");
    }
}
