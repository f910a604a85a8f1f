package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One-line explanations of links, in words a user can check against the labels. */
final class Reasons {
    private Reasons() {
    }

    /** Two labels with the same concept key: what made them equal. */
    static String sameKey(Term a, Term b) {
        Set<String> notes = new LinkedHashSet<>(a.notes());
        notes.addAll(b.notes());
        List<String> shown = new ArrayList<>(notes);
        if (!shown.isEmpty()) {
            return String.join("; ", shown.subList(0, Math.min(2, shown.size())));
        }
        if (a.comparison()) {
            return a.text().equalsIgnoreCase(b.text()) ? "same comparison" : "same comparison, sides in another order";
        }
        String stems = String.join(" ", a.stems());
        return (a.stems().size() == 1 ? "same stem '" : "same stems '") + stems + "'";
    }

    /** Two keys that differ only in light, common words. */
    static String lightDifference(Term a, Term b, CandidateIndex index, double similarity) {
        List<String> shared = new ArrayList<>(a.stems());
        shared.retainAll(b.stems());
        List<String> differ = new ArrayList<>(a.stems());
        differ.addAll(b.stems());
        differ.removeAll(shared);
        return String.format(java.util.Locale.ROOT, "shares '%s'; '%s' %s a common word (similarity %.2f)",
                String.join(" ", shared), String.join(" ", differ), differ.size() == 1 ? "is" : "are", similarity);
    }
}
