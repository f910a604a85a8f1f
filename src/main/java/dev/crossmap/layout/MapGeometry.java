package dev.crossmap.layout;

import dev.crossmap.model.TopicId;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Where everything of a mind map is, for one fold state: each visible node's box and side, the branches
 * to its children, the bounds of the whole map, and a spatial index for drawing only what is on screen
 * and for hit testing. Nodes are the {@link MapTree}'s numbers; hidden nodes (inside a folded subtree)
 * have no box. Immutable.
 */
public final class MapGeometry {
    /** Nodes this deep or shallower (centre 0, roadmaps 1) make up the far-zoom overview. */
    public static final int OVERVIEW_DEPTH = 3;
    private static final Side[] SIDES = Side.values();
    private final MapTree tree;
    private final Spacing spacing;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    private final double[] h;
    private final byte[] side;
    private final int[] visible;
    private final BitSet folded;
    private final Rect bounds;
    private final SpatialIndex index;
    private volatile Overview overview;

    /** Subtree bounds of every visible node and an index of the shallow ones, built on first use. */
    private record Overview(double[] x0, double[] y0, double[] x1, double[] y1, SpatialIndex index) {
    }

    MapGeometry(MapTree tree, Spacing spacing, double[] x, double[] y, double[] w, double[] h, byte[] side,
                int[] visible, BitSet folded) {
        this.tree = tree;
        this.spacing = spacing;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
        this.side = side;
        this.visible = visible;
        this.folded = folded;
        int n = tree.size();
        // Each node's entry covers its box and the branches to its children, so a branch crossing the
        // screen between two off-screen boxes is still found.
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        double sumW = 0;
        double sumH = 0;
        for (int v : visible) {
            x0[v] = x[v];
            y0[v] = y[v];
            x1[v] = x[v] + w[v];
            y1[v] = y[v] + h[v];
            sumW += w[v];
            sumH += h[v];
        }
        double bx0 = x0[0];
        double by0 = y0[0];
        double bx1 = x1[0];
        double by1 = y1[0];
        for (int v : visible) {
            bx0 = Math.min(bx0, x0[v]);
            by0 = Math.min(by0, y0[v]);
            bx1 = Math.max(bx1, x1[v]);
            by1 = Math.max(by1, y1[v]);
            if (v == 0) {
                continue;
            }
            int p = tree.parent(v);
            double fy = y[p] + h[p] / 2;
            double ty = y[v] + h[v] / 2;
            double fx = side[v] == Side.RIGHT.ordinal() ? x[p] + w[p] : x[p];
            x0[p] = Math.min(x0[p], Math.min(fx, edgeX(v)));
            x1[p] = Math.max(x1[p], Math.max(fx, edgeX(v)));
            y0[p] = Math.min(y0[p], Math.min(fy, ty));
            y1[p] = Math.max(y1[p], Math.max(fy, ty));
        }
        this.bounds = new Rect(bx0, by0, bx1 - bx0, by1 - by0);
        int count = Math.max(1, visible.length);
        // Cells about as tall as they are wide (a box is wide and flat): measured fastest to build and query.
        this.index = new SpatialIndex(visible, x0, y0, x1, y1, sumW / count + spacing.levelGap(),
                8 * (sumH / count + spacing.siblingGap()));
    }

    private double edgeX(int child) {
        return side[child] == Side.RIGHT.ordinal() ? x[child] : x[child] + w[child];
    }

    public MapTree tree() {
        return tree;
    }

    public Spacing spacing() {
        return spacing;
    }

    /** Number of visible nodes, the centre included. */
    public int visibleCount() {
        return visible.length;
    }

    /** The {@code i}-th visible node in pre-order (parents before children, siblings in order). */
    public int visibleNode(int i) {
        return visible[i];
    }

    /** All visible nodes in pre-order (a copy). */
    public int[] visibleNodes() {
        return visible.clone();
    }

    public boolean isVisible(int node) {
        return !Double.isNaN(x[node]);
    }

    /** The node's box, or empty when it is hidden inside a folded subtree. */
    public Optional<Rect> box(int node) {
        return isVisible(node) ? Optional.of(new Rect(x[node], y[node], w[node], h[node])) : Optional.empty();
    }

    /** Left edge of a visible node's box (NaN when hidden); for drawing loops that avoid allocation. */
    public double x(int node) {
        return x[node];
    }

    /** Top edge of a visible node's box (NaN when hidden). */
    public double y(int node) {
        return isVisible(node) ? y[node] : Double.NaN;
    }

    /** Width of a visible node's box (NaN when hidden). */
    public double width(int node) {
        return isVisible(node) ? w[node] : Double.NaN;
    }

    /** Height of a visible node's box (NaN when hidden). */
    public double height(int node) {
        return isVisible(node) ? h[node] : Double.NaN;
    }

    /** Which way from the centre the node's branch grows ({@link Side#CENTRE} for the centre and hidden nodes). */
    public Side side(int node) {
        return SIDES[side[node]];
    }

    /** Whether the node is folded (its children are not shown). */
    public boolean isFolded(int node) {
        return folded.get(node);
    }

    /** How many topics a folded visible node hides (its whole subtree but itself); 0 otherwise. */
    public int hiddenCount(int node) {
        return folded.get(node) && isVisible(node) ? tree.subtreeSize(node) - 1 : 0;
    }

    /** The branch from a visible node's parent to it; empty for the centre and hidden nodes. */
    public Optional<Branch> branchTo(int child) {
        if (child == 0 || !isVisible(child)) {
            return Optional.empty();
        }
        int p = tree.parent(child);
        double fx = side[child] == Side.RIGHT.ordinal() ? x[p] + w[p] : x[p];
        return Optional.of(new Branch(fx, y[p] + h[p] / 2, edgeX(child), y[child] + h[child] / 2));
    }

    /** The smallest rectangle holding every visible box. */
    public Rect bounds() {
        return bounds;
    }

    /** The visible node with this id, if it is visible. */
    public OptionalInt node(TopicId topic) {
        OptionalInt n = tree.node(topic);
        return n.isPresent() && isVisible(n.getAsInt()) ? n : OptionalInt.empty();
    }

    /** Calls {@code out} for every visible node whose box meets {@code area}. */
    public void forEachNodeIn(Rect area, IntConsumer out) {
        index.forEachIn(area, v -> {
            if (area.intersects(x[v], y[v], w[v], h[v])) {
                out.accept(v);
            }
        });
    }

    /**
     * Calls {@code out} for every visible node whose box or whose branches to its children meet
     * {@code area}: what a view must draw to paint that area.
     */
    public void forEachDrawnIn(Rect area, IntConsumer out) {
        index.forEachIn(area, out);
    }

    /** The visible nodes whose boxes meet {@code area}, in no particular order. */
    public int[] nodesIn(Rect area) {
        int[] found = index.query(area);
        int k = 0;
        for (int v : found) {
            if (area.intersects(x[v], y[v], w[v], h[v])) {
                found[k++] = v;
            }
        }
        return Arrays.copyOf(found, k);
    }

    /** The visible node whose box holds the point, if any (boxes never overlap). */
    public OptionalInt nodeAt(double px, double py) {
        int[] found = {-1};
        index.forEachIn(new Rect(px, py, 0, 0), v -> {
            if (px >= x[v] && px <= x[v] + w[v] && py >= y[v] && py <= y[v] + h[v]) {
                found[0] = v;
            }
        });
        return found[0] < 0 ? OptionalInt.empty() : OptionalInt.of(found[0]);
    }

    /** The smallest rectangle holding the node's box and every visible box below it; empty when hidden. */
    public Optional<Rect> subtreeBounds(int node) {
        if (!isVisible(node)) {
            return Optional.empty();
        }
        Overview o = overview();
        return Optional.of(new Rect(o.x0[node], o.y0[node], o.x1[node] - o.x0[node], o.y1[node] - o.y0[node]));
    }

    /**
     * Calls {@code out} for every visible node at most {@link #OVERVIEW_DEPTH} deep whose subtree bounds meet
     * {@code area}: what a far zoom draws (the big branches and the silhouettes of what hangs below them)
     * when individual boxes would be specks. Costs the answer, not the map's size.
     */
    public void forEachOverviewIn(Rect area, IntConsumer out) {
        overview().index.forEachIn(area, out);
    }

    private Overview overview() {
        Overview o = overview;
        if (o == null) {
            synchronized (this) {
                o = overview;
                if (o == null) {
                    o = buildOverview();
                    overview = o;
                }
            }
        }
        return o;
    }

    private Overview buildOverview() {
        int n = tree.size();
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        int shallow = 0;
        for (int v : visible) {
            x0[v] = x[v];
            y0[v] = y[v];
            x1[v] = x[v] + w[v];
            y1[v] = y[v] + h[v];
            shallow += tree.depth(v) <= OVERVIEW_DEPTH ? 1 : 0;
        }
        // Reverse pre-order: children before parents, so each parent's bounds grow by finished subtrees.
        for (int i = visible.length - 1; i > 0; i--) {
            int v = visible[i];
            int p = tree.parent(v);
            x0[p] = Math.min(x0[p], x0[v]);
            y0[p] = Math.min(y0[p], y0[v]);
            x1[p] = Math.max(x1[p], x1[v]);
            y1[p] = Math.max(y1[p], y1[v]);
        }
        int[] ids = new int[shallow];
        int k = 0;
        for (int v : visible) {
            if (tree.depth(v) <= OVERVIEW_DEPTH) {
                ids[k++] = v;
            }
        }
        double typical = Math.max(1, bounds.h() / Math.max(1, k));
        return new Overview(x0, y0, x1, y1, new SpatialIndex(ids, x0, y0, x1, y1, bounds.w() / 8 + 1, typical));
    }
}
