package dev.crossmap.layout;

/**
 * The curved line from a parent's box to a child's box: it leaves the parent at the middle of the edge
 * facing the child and enters the child at the middle of the edge facing the parent. Drawn as a cubic
 * Bézier whose two control points sit halfway across, level with each end, so it leaves and enters
 * horizontally.
 *
 * @param fromX where it leaves the parent
 * @param fromY where it leaves the parent
 * @param toX   where it reaches the child
 * @param toY   where it reaches the child
 */
public record Branch(double fromX, double fromY, double toX, double toY) {
    /** First control point: halfway across, level with the parent end. */
    public Point control1() {
        return new Point((fromX + toX) / 2, fromY);
    }

    /** Second control point: halfway across, level with the child end. */
    public Point control2() {
        return new Point((fromX + toX) / 2, toY);
    }

    /** The rectangle the curve stays inside (a cubic Bézier lies within its control points' hull). */
    public Rect bounds() {
        return Rect.spanning(fromX, fromY, toX, toY);
    }
}
