package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blocking for matching: which concept keys are worth comparing with which. Every key is filed under its
 * stems; a key is compared only with the keys filed under its rarest stem, so matching never compares
 * all pairs. Also holds the word weights: the inverse document frequency of each stem over the atlas
 * (rare words weigh more, "python" or "pattern" little).
 */
final class CandidateIndex {
    /** A stem filed under more keys than this is too common to find candidates by. */
    static final int MAX_BLOCK = 150;
    /**
     * Keys alike enough to join, or one inside the other, share their rarest stem; pairs worth suggesting may share
     * only the second rarest, so two are filed.
     */
    private static final int BLOCKING_STEMS = 2;

    /** Per stem, the number of entries it is in (a counter, not an Integer per count). */
    private final Map<String, int[]> documentFrequency = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, List<String>> postings = new HashMap<>();
    private final Map<String, List<String>> stemsOfKey = new HashMap<>();
    private final Map<String, List<String>> blocking = new HashMap<>();
    private final double entries;

    CandidateIndex(List<Matcher.Entry> all, Collection<String> keys) {
        this.entries = Math.max(1, all.size());
        for (Matcher.Entry e : all) {
            List<String> stems = e.term().stems();
            for (int i = 0; i < stems.size(); i++) {
                if (stems.indexOf(stems.get(i)) == i) { // each distinct stem once
                    documentFrequency.computeIfAbsent(stems.get(i), k -> new int[1])[0]++;
                }
            }
            stemsOfKey.putIfAbsent(e.term().key(), e.term().comparison() ? List.of() : e.term().stems());
        }
        documentFrequency.forEach((stem, df) -> weights.put(stem, Math.log1p(entries / df[0])));
        for (String key : keys) {
            List<String> stems = stemsOfKey.get(key);
            for (int i = 0; i < stems.size(); i++) {
                postings.computeIfAbsent(stems.get(i), k -> new ArrayList<>()).add(key);
            }
        }
        // Made once, not per key (the client compiler the app runs with allocates every lambda it meets).
        java.util.function.Predicate<String> tooCommon = s -> postings.get(s).size() > MAX_BLOCK;
        java.util.Comparator<String> rarestFirst = (x, y) -> Integer.compare(postings.get(x).size(), postings.get(y).size());
        for (String key : keys) {
            List<String> stems = new ArrayList<>(stemsOfKey.get(key));
            stems.removeIf(tooCommon);
            stems.sort(rarestFirst);
            blocking.put(key, stems.size() <= BLOCKING_STEMS ? stems : stems.subList(0, BLOCKING_STEMS));
        }
    }

    /** The weight of a stem: ln(1 + N / df), N the number of matchable labels. */
    double weight(String stem) {
        Double w = weights.get(stem);
        return w == null ? Math.log1p(entries) : w;
    }

    double weight(List<String> stems) {
        double w = 0;
        for (String s : stems) {
            w += weight(s);
        }
        return w;
    }

    /** The keys that share one of this key's rarest stems, itself excluded. */
    Set<String> candidates(String key) {
        Set<String> out = new LinkedHashSet<>();
        List<String> block = blocking.getOrDefault(key, List.of());
        for (int i = 0; i < block.size(); i++) {
            out.addAll(postings.get(block.get(i)));
        }
        out.remove(key);
        return out;
    }

    /** Whether {@code key}'s own candidates include a key made of {@code stems}. */
    boolean finds(String key, List<String> stems) {
        List<String> block = blocking.getOrDefault(key, List.of());
        for (int i = 0; i < block.size(); i++) {
            if (stems.contains(block.get(i))) {
                return true;
            }
        }
        return false;
    }
}
