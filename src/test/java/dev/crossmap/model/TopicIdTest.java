package dev.crossmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicIdTest {
    @Test
    void idsAreValuesOfTheirText() {
        TopicId a = new TopicId("3blembvh8da7");
        TopicId same = new TopicId(new String("3blembvh8da7".toCharArray()));
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, new TopicId("3blembvh8da8"));
        assertNotEquals(a, "3blembvh8da7");
        assertEquals(Set.of(a), new HashSet<>(List.of(same)));
    }

    @Test
    void hashesLikeTheRecordItWas() {
        // The hash a one-component record gives (its component's): maps of ids keep the order they had, so the
        // overlaps and the files written from them come out as before.
        assertEquals("3blembvh8da7".hashCode(), new TopicId("3blembvh8da7").hashCode());
    }

    @Test
    void blankIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TopicId(" "));
        assertThrows(NullPointerException.class, () -> new TopicId(null));
    }
}
