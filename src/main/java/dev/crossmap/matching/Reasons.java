package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.List;

/** One-line explanations of links, in words a user can check against the labels. */
final class Reasons {
    private Reasons() {
    }

    /** Two labels with the same concept key: what made them equal. */
    static String sameKey(Term a, Term b) {
        if (!a.notes().isEmpty() || !b.notes().isEmpty()) {
            // The first two distinct notes, a's first: what a LinkedHashSet of both would show first.
            List<String> shown = new ArrayList<>(2);
            addDistinct(shown, a.notes());
            addDistinct(shown, b.notes());
            return shown.size() == 1 ? shown.get(0) : shown.get(0) + "; " + shown.get(1);
        }
        if (a.comparison()) {
            return a.text().equalsIgnoreCase(b.text()) ? "same comparison" : "same comparison, sides in another order";
        }
        String stems = String.join(" ", a.stems());
        return (a.stems().size() == 1 ? "same stem '" : "same stems '") + stems + "'";
    }

    /** Adds the notes not shown yet, up to two shown in all. */
    private static void addDistinct(List<String> shown, List<String> notes) {
        for (int i = 0; i < notes.size() && shown.size() < 2; i++) {
            if (!shown.contains(notes.get(i))) {
                shown.add(notes.get(i));
            }
        }
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
