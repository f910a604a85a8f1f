package dev.crossmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The atlas graph's per-vertex edge sets keep jgrapht's behaviour: insertion order, removal, growth. */
class AtlasGraphTest {
    private static Link link(String a, String b) {
        return new Link(new TopicId(a), new TopicId(b), LinkKind.SAME_AS, LinkOrigin.AUTO, 0.9, "same");
    }

    @Test
    void aVertexsLinksComeInTheOrderTheyWereAddedAndCanBeRemoved() {
        AtlasGraph g = new AtlasGraph();
        TopicId hub = new TopicId("hub");
        g.addVertex(hub);
        List<Link> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) { // past the first field and two growths of the array
            TopicId other = new TopicId("t" + i);
            g.addVertex(other);
            Link l = link("hub", "t" + i);
            assertTrue(g.addEdge(hub, other, l));
            made.add(l);
        }
        assertEquals(made, new ArrayList<>(g.outgoingEdgesOf(hub)));
        assertEquals(7, g.degreeOf(hub));

        assertTrue(g.removeEdge(made.get(0))); // the first one, kept apart from the rest
        assertTrue(g.removeEdge(made.get(3)));
        assertTrue(g.removeEdge(made.get(6))); // the last one
        assertEquals(List.of(made.get(1), made.get(2), made.get(4), made.get(5)), new ArrayList<>(g.outgoingEdgesOf(hub)));
        assertFalse(g.containsEdge(made.get(0)));
        assertTrue(g.incomingEdgesOf(new TopicId("t0")).isEmpty());
        assertEquals(List.of(made.get(4)), new ArrayList<>(g.incomingEdgesOf(new TopicId("t4"))));

        assertTrue(g.removeVertex(hub));
        assertTrue(g.edgeSet().isEmpty());
    }

    @Test
    void itsIteratorsFollowTheSetContract() {
        AtlasGraph.EdgeSet set = new AtlasGraph.EdgeSet();
        Link a = link("a", "b");
        Link b = link("a", "c");
        set.add(a);
        set.add(b);
        Iterator<Link> it = set.iterator();
        assertThrows(IllegalStateException.class, it::remove);
        assertEquals(a, it.next());
        it.remove();
        assertEquals(b, it.next());
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        assertEquals(1, set.size());
        assertTrue(set.contains(b));
        assertTrue(set.remove(b));
        assertTrue(set.isEmpty());
    }
}
