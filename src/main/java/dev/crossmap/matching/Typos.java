package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Obvious typos among the words of an atlas: a rare long word one edit away from another word of the atlas
 * (two edits for very long words that start alike). Candidates come from a deletion index (every word filed
 * under itself with one letter removed), so no two words are compared unless they could be that close.
 */
final class Typos {
    /** The longest word read for typos ("internationalization" has 20 letters). */
    static final int MAX_LENGTH = 30;

    private Typos() {
    }

    /** Typo → the word it stands for (the more frequent one; on a tie the alphabetically first). */
    static Map<String, String> find(Map<String, Integer> counts, int minLength, int twoEditLength, int prefix,
                                    int maxFrequency) {
        Map<String, List<String>> byDeletion = new HashMap<>();
        for (String w : counts.keySet()) {
            // Words past MAX_LENGTH are blobs, not words: their deletions alone would cost length² strings.
            if (w.length() >= minLength - 2 && w.length() <= MAX_LENGTH && w.chars().allMatch(Character::isLetter)) {
                for (String d : deletions(w, w.length() >= twoEditLength - 1 ? 2 : 1)) {
                    byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(w);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String w = e.getKey();
            if (w.length() < minLength || w.length() > MAX_LENGTH || e.getValue() > maxFrequency
                    || !w.chars().allMatch(Character::isLetter)) {
                continue;
            }
            String best = null;
            for (String d : deletions(w, w.length() >= twoEditLength ? 2 : 1)) {
                for (String c : byDeletion.getOrDefault(d, List.of())) {
                    if (c.equals(w) || !better(c, w, counts) || best != null && !better(c, best, counts)) {
                        continue;
                    }
                    int dist = distance(w, c);
                    boolean close = dist == 1
                            || dist == 2 && Math.min(w.length(), c.length()) >= twoEditLength - 2
                            && w.length() >= twoEditLength && w.regionMatches(0, c, 0, prefix);
                    if (close && !sameStemFamily(w, c)) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                out.put(w, best);
            }
        }
        return out;
    }

    /** Whether {@code c} is the spelling to keep over {@code w}. */
    private static boolean better(String c, String w, Map<String, Integer> counts) {
        int cc = counts.getOrDefault(c, 0);
        int cw = counts.getOrDefault(w, 0);
        return cc > cw || cc == cw && c.compareTo(w) < 0;
    }

    /** Plural and verb endings are word forms the stemmer already handles, not typos. */
    private static boolean sameStemFamily(String a, String b) {
        String s = a.length() < b.length() ? a : b;
        String l = a.length() < b.length() ? b : a;
        return l.startsWith(s) && l.length() - s.length() <= 3;
    }

    /** The word with up to {@code edits} letters removed, itself included. */
    static List<String> deletions(String w, int edits) {
        List<String> out = new ArrayList<>();
        out.add(w);
        for (int i = 0; i < w.length(); i++) {
            String d = w.substring(0, i) + w.substring(i + 1);
            out.add(d);
            if (edits > 1) {
                for (int j = i; j < d.length(); j++) {
                    out.add(d.substring(0, j) + d.substring(j + 1));
                }
            }
        }
        return out;
    }

    /** Optimal string alignment distance (insert, delete, substitute, swap neighbours). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
