package dev.crossmap.layout;

import dev.crossmap.model.TopicId;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Lays out a {@link MapTree} as a mind map and keeps what it computed, so that folding or unfolding a
 * topic only redoes part of the work. Not thread-safe: one instance per view; the {@link MapGeometry}
 * it returns is immutable and may be handed to any thread.
 *
 * <p>The arrangement: the centre at the origin; the roadmaps branch from it, the first ones on the right
 * (top to bottom) and the rest on the left (bottom to top, so the map reads clockwise); the split is the
 * one that makes the two sides' weights closest, where a subtree's weight is the larger of its own box
 * height (plus sibling gap) and the sum of its children's weights. Every child lies beside its parent
 * on the parent's side, exactly one level gap beyond the parent's box; children keep their order top
 * to bottom; each parent is vertically centred on the span from its first child's top to its last child's
 * bottom; any two boxes are either a level gap apart horizontally or a sibling gap apart vertically.
 *
 * <p>What is incremental: after a fold change, the contour merging (the costly part of the tidy-tree
 * algorithm) is redone only for the topics whose fold state changed, the subtree of each unfolded one, and
 * their ancestors; every other subtree's layout is restored from its cache. Labels are measured once,
 * when first shown. What is not: the list of visible topics, the final coordinates, the result arrays and
 * the spatial index are rebuilt for every visible topic, by plain loops over arrays.
 */
public final class MindMapLayout {
    private final MapTree tree;
    private final TextMeasure measure;
    private final Spacing spacing;
    private final BitSet folded = new BitSet();
    private final TidyTree tidy;
    private final double[] boxW;
    private final double[] boxH;
    private final int[] visible;
    private final int[] listPos;
    private final int[] stamp;
    private int epoch;
    private boolean laidOut;

    public MindMapLayout(MapTree tree, TextMeasure measure, Spacing spacing) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.spacing = Objects.requireNonNull(spacing, "spacing");
        int n = tree.size();
        this.tidy = new TidyTree(tree, folded);
        this.boxW = new double[n];
        this.boxH = new double[n];
        Arrays.fill(boxW, Double.NaN);
        this.visible = new int[n];
        this.listPos = new int[n];
        this.stamp = new int[n];
    }

    public MapTree tree() {
        return tree;
    }

    public Spacing spacing() {
        return spacing;
    }

    /** Whether this topic is folded now (hides its children). */
    public boolean isFolded(TopicId topic) {
        OptionalInt node = tree.node(topic);
        return node.isPresent() && folded.get(node.getAsInt());
    }

    /** Lays out everything from scratch with these topics folded (unknown ids and the centre are ignored). */
    public MapGeometry layout(Collection<TopicId> foldedTopics) {
        folded.clear();
        folded.or(toNodes(foldedTopics));
        laidOut = false;
        return relayout(new BitSet());
    }

    /** Folds or unfolds one topic, re-laying out only what that changes. */
    public MapGeometry setFolded(TopicId topic, boolean fold) {
        BitSet next = (BitSet) folded.clone();
        tree.node(topic).ifPresent(node -> next.set(node, fold && node != 0));
        return apply(next);
    }

    /** Makes exactly these topics folded, re-laying out only what changes. */
    public MapGeometry setFolded(Collection<TopicId> foldedTopics) {
        return apply(toNodes(foldedTopics));
    }

    private BitSet toNodes(Collection<TopicId> topics) {
        BitSet nodes = new BitSet();
        for (TopicId t : topics) {
            tree.node(t).ifPresent(nodes::set);
        }
        nodes.clear(0);
        return nodes;
    }

    private MapGeometry apply(BitSet next) {
        BitSet changed = (BitSet) folded.clone();
        changed.xor(next);
        folded.clear();
        folded.or(next);
        return relayout(changed);
    }

    private MapGeometry relayout(BitSet changed) {
        int count = listVisible();
        int marks = ++epoch;
        if (!laidOut) {
            for (int j = 0; j < count; j++) {
                stamp[visible[j]] = marks;
            }
        } else {
            for (int v = changed.nextSetBit(0); v >= 0; v = changed.nextSetBit(v + 1)) {
                if (stamp[v] == -marks) {
                    markChanged(v, marks, count);
                }
            }
        }
        for (int j = count - 1; j > 0; j--) {
            int v = visible[j];
            if (stamp[v] == marks) {
                tidy.merge(v);
            }
        }
        laidOut = true;
        return place(count);
    }

    /** Marks a changed visible node, its shown subtree and its ancestors for merging. */
    private void markChanged(int v, int marks, int count) {
        if (tidy.showsChildren(v)) {
            int end = v + tree.subtreeSize(v);
            // Pre-order: the shown subtree is the run of the visible list from v up to the subtree's end.
            for (int j = listPos[v]; j < count && visible[j] < end; j++) {
                stamp[visible[j]] = marks;
            }
        } else {
            stamp[v] = marks;
        }
        for (int a = tree.parent(v); a > 0 && stamp[a] != marks; a = tree.parent(a)) {
            stamp[a] = marks;
        }
    }

    /**
     * Lists the visible nodes in pre-order, measuring newly shown ones; stamps them with {@code -epoch-1}
     * (the next epoch, negated) so the marking step can tell visible from hidden.
     */
    private int listVisible() {
        int n = tree.size();
        int seen = -(epoch + 1);
        int count = 0;
        int v = 0;
        while (v < n) {
            visible[count] = v;
            listPos[v] = count++;
            stamp[v] = seen;
            if (Double.isNaN(boxW[v])) {
                measure(v);
            }
            v = folded.get(v) ? v + tree.subtreeSize(v) : v + 1;
        }
        return count;
    }

    private void measure(int v) {
        Size text = measure.measure(tree.label(v), tree.depth(v));
        boxW[v] = text.w() + 2 * spacing.padX();
        boxH[v] = text.h() + 2 * spacing.padY();
        tidy.breadth[v] = boxH[v] + spacing.siblingGap();
        tidy.extent[v] = boxW[v] + spacing.levelGap();
        int p = tree.parent(v);
        // Ancestors of a shown node are shown, so they were measured first (pre-order).
        tidy.depthPos[v] = p <= 0 ? 0 : tidy.depthPos[p] + tidy.extent[p];
    }

    private MapGeometry place(int count) {
        int roadmaps = tree.roadmapCount();
        int[] all = new int[Math.max(1, roadmaps)];
        int k = tidy.showsChildren(0) ? tidy.children(0, all) : 0;
        int split = balancedSplit(all, k);
        int[] right = Arrays.copyOf(all, Math.max(1, split));
        int[] left = new int[Math.max(1, k - split)];
        for (int i = 0; i < k - split; i++) {
            left[i] = all[k - 1 - i];
        }
        double prelimRight = split > 0 ? tidy.mergeGroup(0, right, split) : 0;
        double prelimLeft = k - split > 0 ? tidy.mergeGroup(0, left, k - split) : 0;
        int n = tree.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double centreTop = -boxH[0] / 2 - spacing.siblingGap() / 2;
        // The tidy tree writes each node's breadth position into y; the loop below turns it into the box's top.
        tidy.place(visible, count, right, split, prelimRight, left, k - split, prelimLeft, centreTop, y);
        byte[] side = new byte[n];
        Arrays.fill(x, Double.NaN);
        double half = spacing.siblingGap() / 2;
        double rightEdge = boxW[0] / 2 + spacing.levelGap();
        double leftEdge = -boxW[0] / 2 - spacing.levelGap();
        x[0] = -boxW[0] / 2;
        y[0] = -boxH[0] / 2;
        side[0] = (byte) Side.CENTRE.ordinal();
        for (int i = 0; i < split; i++) {
            side[right[i]] = (byte) Side.RIGHT.ordinal();
        }
        for (int i = 0; i < k - split; i++) {
            side[left[i]] = (byte) Side.LEFT.ordinal();
        }
        for (int j = 1; j < count; j++) {
            int v = visible[j];
            int p = tree.parent(v);
            if (p != 0) {
                side[v] = side[p];
            }
            y[v] = y[v] + half;
            x[v] = side[v] == Side.RIGHT.ordinal() ? rightEdge + tidy.depthPos[v]
                    : leftEdge - tidy.depthPos[v] - boxW[v];
        }
        // The box sizes are shared, not copied: a node's size is set once, when it is first shown, and never
        // changes, and a geometry reads only its visible nodes' sizes.
        return new MapGeometry(tree, spacing, x, y, boxW, boxH, side, Arrays.copyOf(visible, count),
                (BitSet) folded.clone());
    }

    /** The number of roadmaps on the right: the prefix split whose side weights differ least (ties: more right). */
    private int balancedSplit(int[] roadmaps, int k) {
        double total = 0;
        for (int i = 0; i < k; i++) {
            total += tidy.weight[roadmaps[i]];
        }
        int best = 0;
        double bestDiff = Double.MAX_VALUE;
        double prefix = 0;
        for (int s = 0; s <= k; s++) {
            double diff = Math.abs(2 * prefix - total);
            if (diff <= bestDiff) {
                bestDiff = diff;
                best = s;
            }
            if (s < k) {
                prefix += tidy.weight[roadmaps[s]];
            }
        }
        return best;
    }
}
