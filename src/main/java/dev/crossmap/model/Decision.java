package dev.crossmap.model;

import java.util.Objects;

/**
 * Something the user decided about a link. Decisions are input to matching and are never overwritten by
 * it: a confirmed link stays, a rejected link is never suggested again, an added link is always there.
 * Topics are named by id, which stays the same when the same files are imported again.
 *
 * @param action what the user did
 * @param a      one topic (or facet)
 * @param b      the other
 * @param kind   the kind of link decided about (SAME_AS or RELATED)
 */
public record Decision(Action action, TopicId a, TopicId b, LinkKind kind) {
    /** What the user can do with a link. */
    public enum Action {
        /** Keep a suggested link, whatever the matcher says next time. */
        CONFIRM,
        /** Drop a link and keep the two topics apart in every re-match. */
        REJECT,
        /** Draw a link the matcher did not suggest. */
        ADD
    }

    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        if (kind == LinkKind.CHILD) {
            throw new IllegalArgumentException("the outline is not curated through links");
        }
        if (a.equals(b)) {
            throw new IllegalArgumentException("a decision needs two different topics: " + a);
        }
    }

    /** Whether this decision is about the pair {@code x}, {@code y}, in either order. */
    public boolean concerns(TopicId x, TopicId y) {
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }
}
