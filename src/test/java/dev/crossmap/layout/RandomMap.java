package dev.crossmap.layout;

import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A generated map for property tests: {@code roadmaps} roadmaps ("r0"…), one topic ("t0"…) per parent
 * pick, labels of varied length, and a set of folded nodes. A pick below 600 hangs the topic under one of
 * the last three nodes (deep, chain-like shapes); otherwise under any earlier node (bushy shapes).
 */
record RandomMap(int roadmaps, List<Integer> parentPicks, List<Integer> labelLengths, Set<Integer> folds) {
    int nodes() {
        return roadmaps + parentPicks.size();
    }

    static TopicId idOf(int builderNode, int roadmaps) {
        return new TopicId(builderNode < roadmaps ? "r" + builderNode : "t" + (builderNode - roadmaps));
    }

    TopicId id(int builderNode) {
        return idOf(builderNode, roadmaps);
    }

    MapTree tree() {
        MapTree.Builder b = MapTree.builder("Crossmap centre");
        int[] node = new int[nodes()];
        for (int r = 0; r < roadmaps; r++) {
            node[r] = b.add(0, "Roadmap " + r, id(r));
        }
        for (int j = 0; j < parentPicks.size(); j++) {
            int pick = parentPicks.get(j);
            int before = roadmaps + j;
            int parent = pick < 600 ? Math.max(0, before - 1 - pick % 3) : pick % before;
            int len = labelLengths.get(j % labelLengths.size());
            String label = "t" + j + " " + "w".repeat(len);
            node[before] = b.add(node[parent], label, id(before));
        }
        return b.build();
    }

    Set<TopicId> folded() {
        return ids(folds);
    }

    Set<TopicId> ids(Set<Integer> picks) {
        Set<TopicId> ids = new LinkedHashSet<>();
        for (int f : picks) {
            if (f < nodes()) {
                ids.add(id(f));
            }
        }
        return ids;
    }

    /** Every box, side, fold and hidden count, exactly, for comparing two layouts. */
    static List<String> picture(MapGeometry g) {
        List<String> all = new ArrayList<>();
        for (int v = 0; v < g.tree().size(); v++) {
            all.add(g.tree().id(v) + " " + g.box(v) + " " + g.side(v) + " " + g.isFolded(v) + " " + g.hiddenCount(v));
        }
        all.add("bounds " + g.bounds());
        return all;
    }
}
