package dev.crossmap.matching;

import java.util.List;

/**
 * A label, or one part of a compound label, read the way matching compares it.
 *
 * @param text       the words as written, markup removed, e.g. "Isolation levels"
 * @param key        the concept key: distinct stems in sorted order ("isol level"), or for a comparison
 *                   "A vs B" its sides' keys in sorted order, so "A vs B" and "B vs A" share a key
 * @param stems      the stems that make up the key
 * @param comparison whether the label compares things ("Threads vs processes")
 * @param notes      what normalisation did, for explanations ("synonym: K8s = kubernetes")
 */
record Term(String text, String key, List<String> stems, boolean comparison, List<String> notes) {
    Term {
        stems = List.copyOf(stems);
        notes = List.copyOf(notes);
    }
}
