package dev.crossmap.export;

import dev.crossmap.layout.MapTree;
import dev.crossmap.model.Progress;

/**
 * How many topics below a node are done, for the done bar under folded branches and roadmaps. One pass
 * over the map on first use: nodes are numbered in pre-order, so a subtree is a range and a running count
 * answers each node in constant time.
 */
final class BranchProgress {
    private final MapTree tree;
    private final Decorations decorations;
    private int[] doneBefore;

    BranchProgress(MapTree tree, Decorations decorations) {
        this.tree = tree;
        this.decorations = decorations;
    }

    /** Done topics strictly below {@code node}. */
    int done(int node) {
        if (doneBefore == null) {
            int n = tree.size();
            doneBefore = new int[n + 1];
            for (int i = 0; i < n; i++) {
                doneBefore[i + 1] = doneBefore[i] + (decorations.progress(tree.id(i)) == Progress.DONE ? 1 : 0);
            }
        }
        return doneBefore[node + tree.subtreeSize(node)] - doneBefore[node + 1];
    }
}
