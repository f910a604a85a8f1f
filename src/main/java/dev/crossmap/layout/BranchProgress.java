package dev.crossmap.layout;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import java.util.function.Function;

/**
 * How many topics below a node are done, and how many there are, for the done bar under folded branches and
 * roadmaps (the window and the exported pictures show the same one). One pass over the map on first use:
 * nodes are numbered in pre-order, so a subtree is a range and a running count answers each node in
 * constant time.
 */
public final class BranchProgress {
    private final MapTree tree;
    private final Function<TopicId, Progress> progress;
    private int[] doneBefore;

    /**
     * @param tree     the whole map (folded branches included)
     * @param progress each topic's progress as the document holds it now
     */
    public BranchProgress(MapTree tree, Function<TopicId, Progress> progress) {
        this.tree = tree;
        this.progress = progress;
    }

    /** Done topics strictly below {@code node}. */
    public int done(int node) {
        if (doneBefore == null) {
            int n = tree.size();
            doneBefore = new int[n + 1];
            for (int i = 0; i < n; i++) {
                doneBefore[i + 1] = doneBefore[i] + (progress.apply(tree.id(i)) == Progress.DONE ? 1 : 0);
            }
        }
        return doneBefore[node + tree.subtreeSize(node)] - doneBefore[node + 1];
    }

    /** Topics strictly below {@code node}. */
    public int total(int node) {
        return tree.subtreeSize(node) - 1;
    }
}
