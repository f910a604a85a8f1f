package dev.crossmap.document;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the topic a note belonged to in a re-imported roadmap: the same id; else the same label under the
 * same path; else the same label anywhere in the roadmap, if only one topic has it; else, under the same
 * path, the one label that is nearly the same (a small edit such as a fixed typo).
 */
public final class Reattachment {
    /** How alike two labels must be (1 = equal) to count as a small edit of each other. */
    private static final double NEAR = 0.8;

    private Reattachment() {
    }

    /** The topic in {@code fresh} that a note anchored at {@code anchor} (formerly {@code formerId}) belongs to. */
    public static Optional<TopicId> find(Roadmap fresh, TopicId formerId, Anchor anchor) {
        if (fresh.topic(formerId).isPresent()) {
            return Optional.of(formerId);
        }
        String label = key(anchor.label());
        Topic samePath = null;
        Topic sameLabel = null;
        int sameLabelCount = 0;
        Topic near = null;
        int nearCount = 0;
        for (Topic t : fresh.topics()) {
            boolean labelMatches = key(t.label()).equals(label);
            if (labelMatches) {
                sameLabel = t;
                sameLabelCount++;
            }
            if (labelMatches || similarity(key(t.label()), label) >= NEAR) {
                List<String> path = fresh.path(t.id());
                if (samePath(path, anchor.path())) {
                    if (labelMatches && samePath == null) {
                        samePath = t;
                    } else if (!labelMatches) {
                        near = t;
                        nearCount++;
                    }
                }
            }
        }
        if (samePath != null) {
            return Optional.of(samePath.id());
        }
        if (sameLabelCount == 1) {
            return Optional.of(sameLabel.id());
        }
        if (nearCount == 1) {
            return Optional.of(near.id());
        }
        return Optional.empty();
    }

    private static boolean samePath(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!key(a.get(i)).equals(key(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** 1 - edit distance / longer length. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1;
        }
        if (Math.abs(a.length() - b.length()) > longer * (1 - NEAR)) {
            return 0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1 - (double) prev[b.length()] / longer;
    }
}
