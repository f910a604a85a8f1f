package dev.crossmap.model;

import java.util.Objects;

/**
 * One edge of the atlas. A value: two links with the same endpoints, kind and origin are the same link.
 * CHILD links point from parent to child; SAME_AS and RELATED links are read in both directions.
 *
 * @param source the first topic (the parent, for CHILD; the broader one, for RELATED)
 * @param target the second topic
 * @param kind   what the link says
 * @param origin who made it
 * @param score  the matcher's confidence, 0 to 1 (1 for outline and user links)
 * @param reason one line a user can read, e.g. "same stem 'idempot'"
 */
public record Link(TopicId source, TopicId target, LinkKind kind, LinkOrigin origin, double score, String reason) {
    public Link {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        reason = reason == null ? "" : reason.replace('\n', ' ').strip();
        if (source.equals(target)) {
            throw new IllegalArgumentException("a link needs two different topics: " + source);
        }
    }

    /** An outline edge from a parent to its child. */
    public static Link child(TopicId parent, TopicId child) {
        return new Link(parent, child, LinkKind.CHILD, LinkOrigin.AUTO, 1.0, "written under it");
    }

    /** Whether this link joins {@code a} and {@code b}, in either direction. */
    public boolean joins(TopicId a, TopicId b) {
        return source.equals(a) && target.equals(b) || source.equals(b) && target.equals(a);
    }

    /** The endpoint that is not {@code one}. */
    public TopicId other(TopicId one) {
        return source.equals(one) ? target : source;
    }
}
