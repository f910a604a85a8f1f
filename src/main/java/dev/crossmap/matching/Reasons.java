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
        if (!a.notes().isEmpty() || !b.notes().isEmpty()) {
            Set<String> notes = new LinkedHashSet<>(a.notes());
            notes.addAll(b.notes());
            List<String> shown = new ArrayList<>(notes);
            return String.join("; ", shown.subList(0, Math.min(2, shown.size())));
        }
        if (a.comparison()) {
            return a.text().equalsIgnoreCase(b.text()) ? "same comparison" : "same comparison, sides in another order";
        }
        String stems = String.join(" ", a.stems());
        return (a.stems().size() == 1 ? "same stem '" : "same stems '") + stems + "'";
    }

    /** Two keys that differ only in light, common words: the words as the labels write them, not their stems. */
    static String lightDifference(Term a, Term b, CandidateIndex index, double similarity) {
        List<String> shared = new ArrayList<>(a.stems());
        shared.retainAll(b.stems());
        List<String> differ = new ArrayList<>(a.stems());
        differ.addAll(b.stems());
        differ.removeAll(shared);
        return String.format(java.util.Locale.ROOT, "both say '%s'; they differ in '%s' (similarity %.2f)",
                written(shared, a, b), written(differ, a, b), similarity);
    }

    /** Stems shown as the words the labels use for them ("retri" as "retries"). */
    private static String written(List<String> stems, Term a, Term b) {
        WordForms forms = FORMS.get();
        List<String> out = new ArrayList<>();
        for (String stem : stems) {
            String shown = stem.replace('_', ' ');
            outer:
            for (Term t : List.of(a, b)) {
                for (String w : WordForms.words(t.text())) {
                    if (forms.stem(w).equals(stem)) {
                        shown = w;
                        break outer;
                    }
                }
            }
            out.add(shown);
        }
        return String.join(" ", out);
    }

    /** The stemmer keeps state, so each thread has its own. */
    private static final ThreadLocal<WordForms> FORMS = ThreadLocal.withInitial(WordForms::new);
}
