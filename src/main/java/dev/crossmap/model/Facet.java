package dev.crossmap.model;

import java.util.Objects;

/**
 * One part of a compound topic, e.g. "isolation levels" of "Transactions &amp; isolation levels".
 * A facet is a vertex of its own, so that a compound topic can occur in two concepts while concepts stay
 * plain connected components: each part joins its own concept, and every occurrence of a facet is an
 * occurrence of the topic it belongs to.
 *
 * @param id    the facet's vertex id: the topic's id, '#', and the part's position
 * @param topic the topic whose label holds the part
 * @param label the part as written, e.g. "isolation levels"
 */
public record Facet(TopicId id, TopicId topic, String label) {
    public Facet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(label, "label");
    }

    /** The id of part number {@code index} (1-based) of a topic; the same on every import. */
    public static TopicId idOf(TopicId topic, int index) {
        return new TopicId(topic.value() + "#" + index);
    }
}
