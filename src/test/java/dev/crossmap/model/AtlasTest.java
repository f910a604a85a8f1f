package dev.crossmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

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
    }
}
