package dev.crossmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topics are found by id among many, even when ids share a hash code; a repeated id is reported. */
class IdIndexTest {
    @Test
    void findsEveryIdItHoldsAndNoOther() {
        List<TopicId> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add(new TopicId("t" + i));
        }
        // "Aa" and "BB" have the same hash code, and so do longer strings built from them.
        for (String s : List.of("AaAa", "AaBB", "BBAa", "BBBB")) {
            ids.add(new TopicId(s));
        }
        IdIndex index = new IdIndex(ids.size(), ids::get);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, index.find(ids.get(i)), ids.get(i).value());
        }
        assertEquals(-1, index.find(new TopicId("t5000")));
        assertEquals(-1, index.find(new TopicId("AaAaAa")));
        assertEquals(-1, index.firstDuplicate());
    }

    @Test
    void theFirstOfTwoEqualIdsKeepsItAndTheSecondIsTheDuplicate() {
        List<TopicId> ids = List.of(new TopicId("a"), new TopicId("b"), new TopicId("a"), new TopicId("b"));
        IdIndex index = new IdIndex(ids.size(), ids::get);
        assertEquals(0, index.find(new TopicId("a")));
        assertEquals(1, index.find(new TopicId("b")));
        assertEquals(2, index.firstDuplicate());
    }

    @Test
    void aRoadmapAndAnAtlasFindTopicsByIdAndRejectRepeatedIds() {
        Topic root = new Topic(new TopicId("root"), null, "Root", null, 1, 0, null, null, null, false);
        Topic child = new Topic(new TopicId("child"), root.id(), "Child", null, 2, 1, null, null, null, false);
        Roadmap plan = new Roadmap("plan.md", "Plan", "markdown", List.of(root, child), "");
        Topic other = new Topic(new TopicId("other"), null, "Other", null, 1, 0, null, null, null, false);
        Roadmap second = new Roadmap("second.md", "Second", "markdown", List.of(other), "");
        Roadmap empty = new Roadmap("empty.md", "Empty", "markdown", List.of(), "");

        assertEquals(child, plan.topic(child.id()).orElseThrow());
        assertTrue(plan.topic(other.id()).isEmpty());
        assertEquals(List.of("Root"), plan.path(child.id()));
        Atlas atlas = new Atlas(List.of(empty, plan, second), List.of(), List.of(), List.of());
        assertEquals(second, atlas.roadmapOf(other.id()).orElseThrow(), "the roadmap after an empty one");
        assertEquals(plan, atlas.roadmapOf(child.id()).orElseThrow());
        assertEquals(other, atlas.topic(other.id()).orElseThrow());
        assertTrue(atlas.topic(new TopicId("nowhere")).isEmpty());

        assertThrows(IllegalArgumentException.class,
                () -> new Roadmap("twice.md", "Twice", "markdown", List.of(root, child, root), ""));
        Roadmap copy = new Roadmap("copy.md", "Copy", "markdown", List.of(other), "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Atlas(List.of(second, copy), List.of(), List.of(), List.of()));
        assertTrue(e.getMessage().contains("other"), e.getMessage());
    }
}
