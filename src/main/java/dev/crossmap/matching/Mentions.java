package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The concepts an atlas names on their own ("Lists", "Tuples", "Rate limiting"), so that a longer line that
 * mentions one of them ("Using lists to store sequences of data", "Multiple return values as a tuple") is read
 * as an occurrence of it too. Mentions are found by sliding windows of up to {@link #MAX_WORDS} stems, longest
 * first and never overlapping, so "list comprehension" is found before "list".
 */
final class Mentions {
    static final int MAX_WORDS = 3;

    private final Map<String, Term> known = new HashMap<>();

    /** Files a concept named on its own: a whole short label or one part of a compound one. */
    void add(Term t) {
        if (!t.comparison() && t.stems().size() <= MAX_WORDS) {
            known.putIfAbsent(t.key(), t);
        }
    }

    /** Whether the atlas names this concept on its own somewhere. */
    boolean knows(String key) {
        return known.containsKey(key);
    }

    /** Whether any concept is known. */
    boolean isEmpty() {
        return known.isEmpty();
    }

    /**
     * The known concepts a line's stems mention, in order, each as a term of this line.
     *
     * @param stems       the line's content stems, in order
     * @param singleWords whether a concept of one word may be found inside a longer line
     * @param label       the line as written, for the explanation
     */
    List<Term> find(List<String> stems, boolean singleWords, String label) {
        List<Term> out = new ArrayList<>();
        int i = 0;
        while (i < stems.size()) {
            int took = 0;
            for (int n = Math.min(MAX_WORDS, stems.size() - i); n >= 1 && took == 0; n--) {
                String key = Vocabulary.key(stems.subList(i, i + n));
                Term t = known.get(key);
                // A one-word concept inside a longer line is too often another sense of the word; a vocabulary
                // phrase ("dependency injection", one stem after synonyms) is several words all the same.
                if (t != null && (singleWords || n > 1 || key.indexOf('_') >= 0)) {
                    out.add(new Term(t.text(), t.key(), t.stems(), false,
                            List.of("both name '" + t.text() + "' (inside '" + label + "')")));
                    took = n;
                }
            }
            i += Math.max(1, took);
        }
        return out;
    }
}
