package dev.crossmap.outline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Geometry questions about many boxes on a canvas, answered without comparing every pair: which boxes touch
 * (a grid of cells), and which box is nearest to a point (boxes sorted by height on the canvas). Work is
 * bounded on hostile layouts (thousands of boxes piled on one spot): a crowded cell compares each box with
 * a fixed number of neighbours only, and a nearest-box search looks at a fixed number of candidates.
 */
final class CanvasGrid {
    private static final int MOST_CELLS_PER_BOX = 64;
    private static final int MOST_NEIGHBOURS = 256;
    private static final int MOST_CANDIDATES = 4096;

    /** Receives a pair of box indexes. */
    interface PairSink {
        void accept(int a, int b);
    }

    private CanvasGrid() {
    }

    /** Calls {@code sink} once for each pair of boxes at most {@code tolerance} apart. */
    static void touching(List<CanvasBox> boxes, double tolerance, double cell, PairSink sink) {
        Map<Long, int[]> cells = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            CanvasBox b = boxes.get(i);
            long x0 = cellOf(b.x() - tolerance, cell);
            long x1 = cellOf(b.x() + b.w() + tolerance, cell);
            long y0 = cellOf(b.y() - tolerance, cell);
            long y1 = cellOf(b.y() + b.h() + tolerance, cell);
            if ((x1 - x0 + 1) * (y1 - y0 + 1) > MOST_CELLS_PER_BOX) {
                continue; // a box this large is a frame, not a topic box
            }
            for (long cx = x0; cx <= x1; cx++) {
                for (long cy = y0; cy <= y1; cy++) {
                    long key = cx * 0x1_0000_0000L + cy;
                    int n = counts.merge(key, 1, Integer::sum);
                    int[] list = cells.get(key);
                    if (list == null || list.length < n) {
                        list = list == null ? new int[4] : Arrays.copyOf(list, list.length * 2);
                        cells.put(key, list);
                    }
                    list[n - 1] = i;
                }
            }
        }
        for (Map.Entry<Long, int[]> e : cells.entrySet()) {
            long key = e.getKey();
            int[] list = e.getValue();
            int n = counts.get(key);
            for (int a = 0; a < n; a++) {
                int last = Math.min(n, a + 1 + MOST_NEIGHBOURS);
                for (int c = a + 1; c < last; c++) {
                    CanvasBox p = boxes.get(list[a]);
                    CanvasBox q = boxes.get(list[c]);
                    if (p.gap(q) > tolerance) {
                        continue;
                    }
                    // Report the pair only in the cell holding the corner where their grown boxes meet.
                    long cx = cellOf(Math.max(p.x(), q.x()) - tolerance, cell);
                    long cy = cellOf(Math.max(p.y(), q.y()) - tolerance, cell);
                    if (cx * 0x1_0000_0000L + cy == key) {
                        sink.accept(list[a], list[c]);
                    }
                }
            }
        }
    }

    private static long cellOf(double v, double cell) {
        return (long) Math.floor(v / cell);
    }

    /** Finds the nearest of a fixed set of boxes to any query box. */
    static final class Nearest {
        private final List<CanvasBox> boxes;
        private final Integer[] byY;
        private final double[] ys;
        private final double tallest;

        Nearest(List<CanvasBox> boxes) {
            this.boxes = boxes;
            this.byY = new Integer[boxes.size()];
            double t = 0;
            for (int i = 0; i < byY.length; i++) {
                byY[i] = i;
                t = Math.max(t, boxes.get(i).h());
            }
            Arrays.sort(byY, (a, b) -> Double.compare(boxes.get(a).centerY(), boxes.get(b).centerY()));
            this.ys = new double[byY.length];
            for (int i = 0; i < ys.length; i++) {
                ys[i] = boxes.get(byY[i]).centerY();
            }
            this.tallest = t;
        }

        /** Index of the box with the least gap to {@code q} (centre distance breaks ties), or -1 when there are none. */
        int nearest(CanvasBox q) {
            if (ys.length == 0) {
                return -1;
            }
            int start = Arrays.binarySearch(ys, q.centerY());
            start = start < 0 ? -start - 1 : start;
            int up = start - 1;
            int down = start;
            int best = -1;
            double bestGap = Double.MAX_VALUE;
            double bestCentre = Double.MAX_VALUE;
            for (int seen = 0; seen < MOST_CANDIDATES && (up >= 0 || down < ys.length); seen++) {
                boolean takeDown = up < 0 || (down < ys.length && ys[down] - q.centerY() <= q.centerY() - ys[up]);
                int at = takeDown ? down++ : up--;
                double bound = Math.abs(ys[at] - q.centerY()) - (q.h() + tallest) / 2;
                if (bound > bestGap) {
                    break; // every box further out in y is further away
                }
                CanvasBox b = boxes.get(byY[at]);
                double gap = q.gap(b);
                double centre = Math.hypot(b.centerX() - q.centerX(), b.centerY() - q.centerY());
                if (gap < bestGap || (gap == bestGap && centre < bestCentre)) {
                    best = byY[at];
                    bestGap = gap;
                    bestCentre = centre;
                }
            }
            return best;
        }
    }
}
