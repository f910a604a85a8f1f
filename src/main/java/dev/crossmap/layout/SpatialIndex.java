package dev.crossmap.layout;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A uniform grid of buckets over rectangles, for "which of these meet this rectangle" (drawing only what
 * is on screen) and "what is under this point" (hit testing). Each rectangle is filed in every cell it
 * covers; a query visits the cells the query covers and reports a rectangle only from the one cell that
 * holds the top-left corner of the overlap, so nothing is reported twice and no query keeps state.
 * The cell size follows the typical box size, and the number of cells is capped at a few per entry, so a
 * query costs the cells it covers plus the answer. Immutable once built.
 */
public final class SpatialIndex {
    private final int[] ids;
    private final double[] x0;
    private final double[] y0;
    private final double[] x1;
    private final double[] y1;
    private final double originX;
    private final double originY;
    private final double cellW;
    private final double cellH;
    private final int cols;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellItems;

    /**
     * Files the rectangles {@code [x0[id], x1[id]] x [y0[id], y1[id]]} of the given ids. The arrays are kept,
     * not copied: the caller hands them over and never changes them.
     *
     * @param ids       the entries, e.g. visible node numbers; the coordinate arrays are indexed by id
     * @param typicalW  a typical rectangle width, used to size the cells
     * @param typicalH  a typical rectangle height, used to size the cells
     */
    SpatialIndex(int[] ids, double[] x0, double[] y0, double[] x1, double[] y1, double typicalW,
                        double typicalH) {
        this.ids = ids.clone();
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int id : ids) {
            minX = Math.min(minX, x0[id]);
            minY = Math.min(minY, y0[id]);
            maxX = Math.max(maxX, x1[id]);
            maxY = Math.max(maxY, y1[id]);
        }
        if (ids.length == 0) {
            minX = minY = maxX = maxY = 0;
        }
        double cw = Math.max(1, typicalW);
        double ch = Math.max(1, typicalH);
        double spanX = Math.max(maxX - minX, 1);
        double spanY = Math.max(maxY - minY, 1);
        double cells = Math.ceil(spanX / cw) * Math.ceil(spanY / ch);
        double limit = Math.max(1024, 1.0 * ids.length);
        if (cells > limit) {
            // A sparse map: coarser cells keep memory and build time proportional to the entries.
            double grow = Math.sqrt(cells / limit);
            cw *= grow;
            ch *= grow;
        }
        this.originX = minX;
        this.originY = minY;
        this.cellW = cw;
        this.cellH = ch;
        this.cols = (int) Math.max(1, Math.min(limit, Math.ceil(spanX / cw)));
        this.rows = (int) Math.max(1, Math.min(limit, Math.ceil(spanY / ch)));
        this.cellStart = new int[cols * rows + 1];
        for (int id : ids) {
            int cx1 = col(x1[id]);
            int cy1 = row(y1[id]);
            for (int cy = row(y0[id]); cy <= cy1; cy++) {
                for (int cx = col(x0[id]); cx <= cx1; cx++) {
                    cellStart[cy * cols + cx + 1]++;
                }
            }
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        this.cellItems = new int[cellStart[cols * rows]];
        int[] fill = Arrays.copyOf(cellStart, cols * rows);
        for (int id : ids) {
            int cx1 = col(x1[id]);
            int cy1 = row(y1[id]);
            for (int cy = row(y0[id]); cy <= cy1; cy++) {
                for (int cx = col(x0[id]); cx <= cx1; cx++) {
                    cellItems[fill[cy * cols + cx]++] = id;
                }
            }
        }
    }

    private int col(double x) {
        int c = (int) Math.floor((x - originX) / cellW);
        return c < 0 ? 0 : Math.min(c, cols - 1);
    }

    private int row(double y) {
        int r = (int) Math.floor((y - originY) / cellH);
        return r < 0 ? 0 : Math.min(r, rows - 1);
    }

    /** Number of rectangles filed. */
    public int size() {
        return ids.length;
    }

    /** Calls {@code out} once with the id of every rectangle that meets {@code q} (edges count). */
    public void forEachIn(Rect q, IntConsumer out) {
        if (ids.length == 0) {
            return;
        }
        int cx0 = col(q.x());
        int cx1 = col(q.right());
        int cy0 = row(q.y());
        int cy1 = row(q.bottom());
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                int cell = cy * cols + cx;
                for (int i = cellStart[cell]; i < cellStart[cell + 1]; i++) {
                    int id = cellItems[i];
                    if (x0[id] <= q.right() && q.x() <= x1[id] && y0[id] <= q.bottom() && q.y() <= y1[id]
                            && col(Math.max(x0[id], q.x())) == cx && row(Math.max(y0[id], q.y())) == cy) {
                        out.accept(id);
                    }
                }
            }
        }
    }

    /** The ids of every rectangle that meets {@code q}, in no particular order. */
    public int[] query(Rect q) {
        int[][] buf = {new int[16]};
        int[] n = {0};
        forEachIn(q, id -> {
            if (n[0] == buf[0].length) {
                buf[0] = Arrays.copyOf(buf[0], n[0] * 2);
            }
            buf[0][n[0]++] = id;
        });
        return Arrays.copyOf(buf[0], n[0]);
    }
}
