package dev.crossmap.model;

import java.util.Objects;

/**
 * A link an author drew from one topic to another across the tree (a Freeplane {@code arrowlink}), kept
 * beside the parent/child structure.
 *
 * @param from  the topic the arrow starts at
 * @param to    the topic the arrow points to
 * @param label the text written on the arrow, or "" when there is none
 */
public record Connector(TopicId from, TopicId to, String label) {
    public Connector {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        label = label == null ? "" : label;
    }
}
