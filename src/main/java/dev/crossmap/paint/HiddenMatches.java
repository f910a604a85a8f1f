package dev.crossmap.paint;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.model.TopicId;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How many highlighted topics (search matches, a concept's occurrences) each folded branch on screen hides,
 * and each silhouette of a far zoom holds, so the map can show where matches are before the user steps to them. Counted again only when the map or
 * the highlighted set changes, not every frame: walking up from a deep match costs its depth.
 */
final class HiddenMatches {
    private MapGeometry geometry;
    private Set<TopicId> highlighted;
    private final Map<Integer, Integer> counts = new HashMap<>();
    private final Map<Integer, Integer> inOverview = new HashMap<>();

    /** How many of {@code highlighted} hide behind the fold of visible node {@code node} (0 if it shows them all). */
    int count(MapGeometry g, Set<TopicId> lit, int node) {
        if (lit.isEmpty()) {
            return 0;
        }
        if (g != geometry || lit != highlighted) {
            recount(g, lit);
        }
        return counts.getOrDefault(node, 0);
    }

    /**
     * How many of {@code highlighted} a far zoom's node {@code node} (at most {@link MapGeometry#OVERVIEW_DEPTH}
     * deep) stands for: the matches it is, or that hang below it, shown or folded.
     */
    int inOverview(MapGeometry g, Set<TopicId> lit, int node) {
        if (lit.isEmpty()) {
            return 0;
        }
        if (g != geometry || lit != highlighted) {
            recount(g, lit);
        }
        return inOverview.getOrDefault(node, 0);
    }

    private void recount(MapGeometry g, Set<TopicId> lit) {
        geometry = g;
        highlighted = lit;
        counts.clear();
        inOverview.clear();
        MapTree tree = g.tree();
        for (TopicId id : lit) {
            OptionalInt node = tree.node(id);
            if (node.isEmpty()) {
                continue;
            }
            int far = node.getAsInt();
            while (far > 0 && !(g.isVisible(far) && tree.depth(far) <= MapGeometry.OVERVIEW_DEPTH)) {
                far = tree.parent(far);
            }
            if (far > 0) {
                inOverview.merge(far, 1, Integer::sum);
            }
            if (g.isVisible(node.getAsInt())) {
                continue;
            }
            // The nearest visible ancestor of a hidden topic is the folded one the user can open.
            int p = tree.parent(node.getAsInt());
            while (p > 0 && !g.isVisible(p)) {
                p = tree.parent(p);
            }
            if (p >= 0 && g.isVisible(p)) {
                counts.merge(p, 1, Integer::sum);
            }
        }
    }
}
