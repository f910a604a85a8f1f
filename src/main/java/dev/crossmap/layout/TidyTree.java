package dev.crossmap.layout;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The tidy-tree engine after A. van der Ploeg, "Drawing non-layered tidy trees in linear time" (Software:
 * Practice and Experience 44(12), 2014): Reingold–Tilford contours with threads and extreme nodes, for
 * boxes of any size and without layers. Axes use the paper's names: {@code breadth} is the paper's width
 * (our vertical box size plus the sibling gap) and {@code depthPos}/{@code extent} its y/height (our
 * horizontal distance from the centre and box width plus the level gap).
 *
 * <p>Nodes are merged bottom-up one at a time ({@link #merge}), never recursively. Each merge ends with a
 * snapshot of what a later merge of an ancestor may change (the node's own offsets and its two extreme
 * leaves), and each merge begins by restoring its children from their snapshots. So after a fold only the
 * changed subtree and the path to the root need merging again: every other subtree is reused as it was.
 * The paper's second walk, which writes child spacing into {@code mod}, is replaced by {@link #place},
 * which keeps it in a separate array so the cached state stays valid.
 */
final class TidyTree {
    private final MapTree tree;
    private final BitSet folded;
    final double[] breadth;
    final double[] extent;
    final double[] depthPos;
    /** Estimated breadth of the visible subtree: max(own breadth, sum over children); balances the sides. */
    final double[] weight;
    private final double[] prelim;
    private final double[] mod;
    private final double[] shift;
    private final double[] change;
    private final double[] msel;
    private final double[] mser;
    private final int[] tl;
    private final int[] tr;
    private final int[] el;
    private final int[] er;
    // Snapshot after the node's own merge.
    private final double[] sPrelim;
    private final double[] sMsel;
    private final double[] sMser;
    private final int[] sEl;
    private final int[] sEr;
    private final int[] sElThread;
    private final double[] sElMod;
    private final double[] sElPrelim;
    private final int[] sErThread;
    private final double[] sErMod;
    private final double[] sErPrelim;
    // The paper's IYL list as a stack: lowest depth coordinate and index of left siblings.
    private final double[] ihLow;
    private final int[] ihIndex;
    private final int[] kids;

    TidyTree(MapTree tree, BitSet folded) {
        this.tree = tree;
        this.folded = folded;
        int n = tree.size();
        breadth = new double[n];
        extent = new double[n];
        depthPos = new double[n];
        weight = new double[n];
        prelim = new double[n];
        mod = new double[n];
        shift = new double[n];
        change = new double[n];
        msel = new double[n];
        mser = new double[n];
        tl = new int[n];
        tr = new int[n];
        el = new int[n];
        er = new int[n];
        sPrelim = new double[n];
        sMsel = new double[n];
        sMser = new double[n];
        sEl = new int[n];
        sEr = new int[n];
        sElThread = new int[n];
        sElMod = new double[n];
        sElPrelim = new double[n];
        sErThread = new int[n];
        sErMod = new double[n];
        sErPrelim = new double[n];
        int wide = Math.max(1, tree.maxChildren());
        ihLow = new double[wide];
        ihIndex = new int[wide];
        kids = new int[wide];
        Arrays.fill(tl, -1);
        Arrays.fill(tr, -1);
    }

    boolean showsChildren(int v) {
        return tree.hasChildren(v) && !folded.get(v);
    }

    private int nextLeftContour(int v) {
        return showsChildren(v) ? v + 1 : tl[v];
    }

    private int nextRightContour(int v) {
        return showsChildren(v) ? tree.lastChild(v) : tr[v];
    }

    private double bottom(int v) {
        return depthPos[v] + extent[v];
    }

    /** Fills {@code into} with the children of {@code v}; returns how many. */
    int children(int v, int[] into) {
        int k = 0;
        for (int c = tree.firstChild(v); c >= 0; c = tree.nextSibling(c)) {
            into[k++] = c;
        }
        return k;
    }

    /** Lays out the subtree of {@code t} (a non-centre node) from its children's cached layouts. */
    void merge(int t) {
        int k = showsChildren(t) ? children(t, kids) : 0;
        merge(t, kids, k);
    }

    /**
     * Merges the group of children {@code group[0..k)} under {@code t} and returns {@code t}'s preliminary
     * position; used for the centre, whose two sides are separate groups.
     */
    double mergeGroup(int t, int[] group, int k) {
        merge(t, group, k);
        return prelim[t];
    }

    private void merge(int t, int[] c, int k) {
        mod[t] = 0;
        shift[t] = 0;
        change[t] = 0;
        prelim[t] = 0;
        tl[t] = -1;
        tr[t] = -1;
        if (k == 0) {
            el[t] = t;
            er[t] = t;
            msel[t] = 0;
            mser[t] = 0;
            weight[t] = breadth[t];
            snapshot(t);
            return;
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            restore(c[i]);
            sum += weight[c[i]];
        }
        weight[t] = Math.max(breadth[t], sum);
        int top = 0;
        ihLow[0] = bottom(el[c[0]]);
        ihIndex[0] = 0;
        for (int i = 1; i < k; i++) {
            // Lowest depth coordinate while the extreme nodes still point into the current subtree.
            double minY = bottom(er[c[i]]);
            separate(c, i, top);
            while (top >= 0 && minY >= ihLow[top]) {
                top--;
            }
            top++;
            ihLow[top] = minY;
            ihIndex[top] = i;
        }
        int first = c[0];
        int last = c[k - 1];
        prelim[t] = (prelim[first] + mod[first] + mod[last] + prelim[last] + breadth[last]) / 2 - breadth[t] / 2;
        el[t] = el[first];
        msel[t] = msel[first];
        er[t] = er[last];
        mser[t] = mser[last];
        snapshot(t);
    }

    private void separate(int[] c, int i, int ih) {
        int sr = c[i - 1];
        double mssr = mod[sr];
        int cl = c[i];
        double mscl = mod[cl];
        while (sr >= 0 && cl >= 0) {
            if (bottom(sr) > ihLow[ih] && ih > 0) {
                ih--;
            }
            // How far the top of cl must move to clear the bottom of sr.
            double dist = (mssr + prelim[sr] + breadth[sr]) - (mscl + prelim[cl]);
            if (dist > 0) {
                mscl += dist;
                moveSubtree(c, i, ihIndex[ih], dist);
            }
            double sy = bottom(sr);
            double cy = bottom(cl);
            if (sy <= cy) {
                sr = nextRightContour(sr);
                if (sr >= 0) {
                    mssr += mod[sr];
                }
            }
            if (sy >= cy) {
                cl = nextLeftContour(cl);
                if (cl >= 0) {
                    mscl += mod[cl];
                }
            }
        }
        if (sr < 0 && cl >= 0) {
            setLeftThread(c, i, cl, mscl);
        } else if (sr >= 0 && cl < 0) {
            setRightThread(c, i, sr, mssr);
        }
    }

    private void moveSubtree(int[] c, int i, int si, double dist) {
        int ci = c[i];
        mod[ci] += dist;
        msel[ci] += dist;
        mser[ci] += dist;
        if (si != i - 1) {
            // Spread the move over the smaller siblings in between.
            double nr = i - si;
            shift[c[si + 1]] += dist / nr;
            shift[ci] -= dist / nr;
            change[ci] -= dist - dist / nr;
        }
    }

    private void setLeftThread(int[] c, int i, int cl, double modsumcl) {
        int first = c[0];
        int li = el[first];
        tl[li] = cl;
        double diff = (modsumcl - mod[cl]) - msel[first];
        mod[li] += diff;
        prelim[li] -= diff;
        el[first] = el[c[i]];
        msel[first] = msel[c[i]];
    }

    private void setRightThread(int[] c, int i, int sr, double modsumsr) {
        int ci = c[i];
        int ri = er[ci];
        tr[ri] = sr;
        double diff = (modsumsr - mod[sr]) - mser[ci];
        mod[ri] += diff;
        prelim[ri] -= diff;
        er[ci] = er[c[i - 1]];
        mser[ci] = mser[c[i - 1]];
    }

    private void snapshot(int t) {
        sPrelim[t] = prelim[t];
        sMsel[t] = msel[t];
        sMser[t] = mser[t];
        int l = el[t];
        int r = er[t];
        sEl[t] = l;
        sEr[t] = r;
        sElThread[t] = tl[l];
        sElMod[t] = mod[l];
        sElPrelim[t] = prelim[l];
        sErThread[t] = tr[r];
        sErMod[t] = mod[r];
        sErPrelim[t] = prelim[r];
    }

    /** Undoes what an earlier merge of the parent did to {@code t}'s subtree (only t and its extreme leaves). */
    private void restore(int t) {
        mod[t] = 0;
        shift[t] = 0;
        change[t] = 0;
        prelim[t] = sPrelim[t];
        msel[t] = sMsel[t];
        mser[t] = sMser[t];
        int l = sEl[t];
        int r = sEr[t];
        el[t] = l;
        er[t] = r;
        tl[l] = sElThread[t];
        mod[l] = sElMod[t];
        prelim[l] = sElPrelim[t];
        tr[r] = sErThread[t];
        mod[r] = sErMod[t];
        prelim[r] = sErPrelim[t];
    }

    /**
     * The paper's second walk without recursion: writes each visible node's breadth position (top of its
     * breadth box) into {@code pos}. {@code visible} lists the visible nodes in pre-order with the centre
     * first; the centre's two sides were merged as groups and get their own offsets. Each node's sum of
     * modifiers is kept in its own {@code pos} slot until the node is reached (pre-order: after its parent).
     */
    void place(int[] visible, int count, int[] right, int nRight, double prelimRight, int[] left, int nLeft,
               double prelimLeft, double centreTop, double[] pos) {
        pos[0] = centreTop;
        spread(right, nRight, centreTop - prelimRight, pos);
        spread(left, nLeft, centreTop - prelimLeft, pos);
        for (int j = 0; j < count; j++) {
            int v = visible[j];
            if (v == 0) {
                continue;
            }
            double modsum = pos[v];
            pos[v] = prelim[v] + modsum;
            if (showsChildren(v)) {
                spread(kids, children(v, kids), modsum, pos);
            }
        }
    }

    /** The paper's addChildSpacing, kept out of {@code mod}: sets each child's sum of modifiers in {@code modsum}. */
    private void spread(int[] c, int k, double parentModsum, double[] modsum) {
        double d = 0;
        double delta = 0;
        for (int i = 0; i < k; i++) {
            d += shift[c[i]];
            delta += d + change[c[i]];
            modsum[c[i]] = parentModsum + mod[c[i]] + delta;
        }
    }
}
