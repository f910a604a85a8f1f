package dev.crossmap.matching;

import java.util.List;
import java.util.Optional;

/**
 * How matching reads one topic's label: the label as a whole and, for a compound label
 * ("Transactions &amp; isolation levels", "Indexing: B-Tree, Hash"), each of its parts.
 *
 * @param whole the label as one term; empty for a structural label ("Key Topics:") or a generic one
 * @param parts the parts of a compound label, in order; empty for a simple label
 */
record Reading(Optional<Term> whole, List<Term> parts) {
    static final Reading NONE = new Reading(Optional.empty(), List.of());

    Reading {
        parts = List.copyOf(parts);
    }

    boolean isEmpty() {
        return whole.isEmpty() && parts.isEmpty();
    }
}
