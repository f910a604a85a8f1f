package dev.crossmap.paint;

import dev.crossmap.layout.MapTree;

/**
 * The colours of a style worked out once per painter, not per box per frame: for the centre (slot 0) and
 * each roadmap colour, the box fills by depth, the block fills, the outline and the branch colour.
 */
final class RoadmapColours {
    static final double BRANCH_OPACITY = 0.55;
    private final MapStyle style;
    private final int[] base;
    private final int[][] fill;
    private final int[][] block;
    private final int[] edge;
    private final int[] branch;

    RoadmapColours(MapStyle style) {
        this.style = style;
        int n = style.palette().roadmaps().size() + 1;
        base = new int[n];
        fill = new int[n][3];
        block = new int[n][2];
        edge = new int[n];
        branch = new int[n];
        for (int slot = 0; slot < n; slot++) {
            int c = slot == 0 ? style.palette().centre() : style.roadmap(slot - 1);
            base[slot] = c;
            for (int d = 0; d < 3; d++) {
                fill[slot][d] = style.boxFill(c, d + 1);
            }
            block[slot][0] = style.blockFill(c, 1);
            block[slot][1] = style.blockFill(c, 2);
            edge[slot] = style.boxEdge(c);
            branch[slot] = Argb.fade(c, BRANCH_OPACITY);
        }
    }

    MapStyle style() {
        return style;
    }

    /** The slot of a node's colour: 0 for the centre, 1 + the roadmap's colour otherwise. */
    int slot(MapTree tree, int node) {
        int r = tree.roadmapIndex(node);
        return r < 0 ? 0 : 1 + Math.floorMod(r, base.length - 1);
    }

    int base(int slot) {
        return base[slot];
    }

    int fill(int slot, int depth) {
        return fill[slot][Math.min(Math.max(depth, 1), 3) - 1];
    }

    int block(int slot, int depth) {
        return block[slot][depth <= 1 ? 0 : 1];
    }

    int edge(int slot) {
        return edge[slot];
    }

    int branch(int slot) {
        return branch[slot];
    }
}
