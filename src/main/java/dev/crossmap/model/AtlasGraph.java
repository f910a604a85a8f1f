package dev.crossmap.model;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.EdgeSetFactory;

/**
 * The atlas's directed multigraph without jgrapht's lookup index by vertex pair: nothing asks for the edge
 * between two given topics, and that index cost about 110 bytes per link (21 MB at 100,000 topics, issue 14).
 * A vertex's incoming and outgoing edges are each an {@link EdgeSet} that holds its first edge in a field:
 * most vertices have one link, and jgrapht's own sets (a list and its array, for each direction) cost
 * ~50 bytes more per vertex (7 MB of every match of 100,000 topics).
 */
final class AtlasGraph extends AbstractBaseGraph<TopicId, Link> {
    private static final long serialVersionUID = 1L;

    AtlasGraph() {
        super(null, null, DefaultGraphType.directedMultigraph().asUnweighted(), new Specifics());
    }

    /** jgrapht's defaults (a linked map of vertices, one of edges), with {@link EdgeSet}s for each vertex. */
    private static final class Specifics extends DefaultGraphSpecificsStrategy<TopicId, Link> {
        private static final long serialVersionUID = 1L;

        @Override
        public EdgeSetFactory<TopicId, Link> getEdgeSetFactory() {
            return vertex -> new EdgeSet();
        }
    }

    /**
     * The edges of one vertex in one direction, in the order they were added, like jgrapht's
     * {@code ArrayUnenforcedSet} (which does not check for duplicates either: the graph adds each edge once).
     * The first edge is a field; an array is made for a second.
     */
    static final class EdgeSet extends AbstractSet<Link> {
        private Link first;
        private Link[] more; // edges 2.. at more[0 .. size-2]
        private int size;

        @Override
        public boolean add(Link l) {
            if (size == 0) {
                first = l;
            } else {
                if (more == null) {
                    more = new Link[2];
                } else if (size - 1 == more.length) {
                    more = java.util.Arrays.copyOf(more, more.length * 2);
                }
                more[size - 1] = l;
            }
            size++;
            return true;
        }

        @Override
        public int size() {
            return size;
        }

        private Link get(int i) {
            return i == 0 ? first : more[i - 1];
        }

        private void removeAt(int i) {
            if (i == 0) {
                first = size > 1 ? more[0] : null;
                i = 1;
            }
            for (int k = i; k < size - 1; k++) {
                more[k - 1] = more[k];
            }
            if (size > 1) {
                more[size - 2] = null;
            }
            size--;
        }

        @Override
        public Iterator<Link> iterator() {
            return new Iterator<>() {
                private int next;
                private int last = -1;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Link next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    last = next++;
                    return get(last);
                }

                @Override
                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException();
                    }
                    removeAt(last);
                    next = last;
                    last = -1;
                }
            };
        }
    }
}
