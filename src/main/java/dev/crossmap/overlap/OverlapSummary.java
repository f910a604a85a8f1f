package dev.crossmap.overlap;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The overlap at a glance, for a status bar or a small dashboard.
 *
 * @param roadmaps roadmaps loaded
 * @param topics   topics in all of them
 * @param concepts concepts written in two or more places
 * @param bySpread how many concepts are taught by exactly k roadmaps, by k (k = 1: repeats inside one roadmap)
 */
public record OverlapSummary(int roadmaps, int topics, int concepts, SortedMap<Integer, Integer> bySpread) {
    public OverlapSummary {
        bySpread = Collections.unmodifiableSortedMap(new TreeMap<>(bySpread));
    }

    /** How many concepts exactly {@code k} roadmaps share. */
    public int sharedBy(int k) {
        return bySpread.getOrDefault(k, 0);
    }

    /** "5 roadmaps, 1,234 topics, 138 concepts: 70 in 2 roadmaps, 30 in 3, 8 in 4, 2 in 5". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%,d roadmap%s, %,d topics, %,d concepts", roadmaps, roadmaps == 1 ? "" : "s",
                topics, concepts));
        String sep = ": ";
        for (Map.Entry<Integer, Integer> e : bySpread.entrySet()) {
            if (e.getKey() < 2) {
                continue;
            }
            sb.append(sep).append(String.format("%,d", e.getValue())).append(" in ").append(e.getKey())
                    .append(sep.equals(": ") ? " roadmaps" : "");
            sep = ", ";
        }
        int alone = sharedBy(1);
        if (alone > 0) {
            sb.append(sep.equals(": ") ? ": " : ", ").append(String.format("%,d", alone)).append(" repeated inside one roadmap");
        }
        return sb.toString();
    }
}
