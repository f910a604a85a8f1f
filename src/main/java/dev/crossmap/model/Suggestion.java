package dev.crossmap.model;

import java.util.Objects;

/**
 * Two places that may name the same concept, scored just below the line where matching joins them by itself:
 * offered to the user, who confirms (they become one concept) or rejects (never offered again).
 *
 * @param a      one topic or facet
 * @param b      the other
 * @param score  how alike they read, 0..1 (higher first)
 * @param reason what they share, in words the user can check against the labels
 */
public record Suggestion(TopicId a, TopicId b, double score, String reason) {
    public Suggestion {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        reason = reason == null ? "" : reason;
    }
}
