package dev.crossmap.matching;

import java.util.List;
import java.util.Optional;

/**
 * How matching reads one topic's label: the label as a whole and, for a compound label
 * ("Transactions &amp; isolation levels", "Indexing: B-Tree, Hash"), each of its parts.
 *
 * @param whole  the label as one term; empty for a structural label ("Key Topics:") or a generic one
 * @param parts  the parts of a compound label, in order; empty for a simple label
 * @param asides the items in parentheses ("Caching (Redis, CDN)"): parts only when the atlas names them elsewhere
 *               too, since an aside is as often a description ("Django (batteries-included framework)")
 */
record Reading(Optional<Term> whole, List<Term> parts, List<Term> asides) {
    static final Reading NONE = new Reading(Optional.empty(), List.of(), List.of());

    Reading {
        parts = List.copyOf(parts);
        asides = List.copyOf(asides);
    }

    Reading(Optional<Term> whole, List<Term> parts) {
        this(whole, parts, List.of());
    }

    boolean isEmpty() {
        return whole.isEmpty() && parts.isEmpty();
    }
}
