package dev.crossmap.model;

import java.util.Objects;

/**
 * The immutable identity of a topic. Graph vertices are keyed by it, so it never changes once made;
 * everything a user edits (notes, progress) lives beside the topic, keyed by this id.
 */
public record TopicId(String value) implements Comparable<TopicId> {
    public TopicId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a topic id cannot be blank");
        }
    }

    @Override
    public int compareTo(TopicId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
