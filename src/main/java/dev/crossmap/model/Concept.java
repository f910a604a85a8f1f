package dev.crossmap.model;

import java.util.List;
import java.util.Objects;

/**
 * A concept: the topics joined by SAME_AS links, wherever they are written, including repeats inside one
 * roadmap. Computed from the atlas on demand; never stored.
 *
 * @param label   the name most of its occurrences use, in lower case, e.g. "idempotency"
 * @param members its occurrences, one per topic, in roadmap order then line order
 * @param links   the SAME_AS links that hold it together, each with its reason
 */
public record Concept(String label, List<Occurrence> members, List<Link> links) {
    public Concept {
        Objects.requireNonNull(label, "label");
        members = List.copyOf(members);
        links = List.copyOf(links);
    }

    /** How many places the concept is written in. */
    public int size() {
        return members.size();
    }
}
