package dev.crossmap.ui;

import dev.crossmap.layout.Point;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Draws a topic's {@link NodeMarks} beside its box on the mind map's canvas. */
final class MapMarks {
    /** The colour of overlaps: the ×N badge and the links between occurrences. */
    static final Color OVERLAP = Color.web("#e8590c");
    private static final Color DONE = Color.web("#2b8a3e");
    private static final Color LEARNING = Color.web("#f08c00");
    private static final Color SKIPPED = Color.web("#868e96");

    private MapMarks() {
    }

    /** The ×N overlap badge, progress and note marks, and a progress bar under folded branches and roadmaps. */
    static void draw(GraphicsContext gc, NodeMarks m, boolean branchProgress, Point p, double w, double h,
                     double s) {
        double r = Math.max(4, Math.min(8, 6 * s));
        double x = p.x() + w;
        if (m.places() > 1) {
            String text = "\u00d7" + m.places();
            gc.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.max(8, Math.min(12, 10 * s))));
            double bw = r * 2 + text.length() * Math.max(4, Math.min(7, 5.5 * s));
            gc.setFill(OVERLAP);
            gc.fillRoundRect(x - bw + r, p.y() - r, bw, 2 * r, 2 * r, 2 * r);
            gc.setFill(Color.WHITE);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(text, x - bw / 2 + r, p.y());
            x -= bw + 2;
        }
        if (m.note()) {
            gc.setFill(Color.web("#495057"));
            gc.setFont(Font.font(Math.max(8, Math.min(13, 11 * s))));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("\u270e", x - r + (m.places() > 1 ? 0 : r), p.y());
        }
        if (m.progress() != dev.crossmap.model.Progress.NOT_STARTED) {
            double cx = p.x();
            double cy = p.y() + h / 2;
            Color col = switch (m.progress()) {
                case DONE -> DONE;
                case LEARNING -> LEARNING;
                default -> SKIPPED;
            };
            gc.setFill(Color.WHITE);
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            gc.setFill(col);
            if (m.progress() == dev.crossmap.model.Progress.LEARNING) {
                gc.fillArc(cx - r, cy - r, 2 * r, 2 * r, 90, 180, javafx.scene.shape.ArcType.ROUND);
            } else {
                gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            }
            gc.setStroke(col);
            gc.setLineWidth(1);
            gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            if (m.progress() == dev.crossmap.model.Progress.DONE) {
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(Math.max(1, r / 3));
                gc.strokeLine(cx - r * 0.45, cy, cx - r * 0.1, cy + r * 0.4);
                gc.strokeLine(cx - r * 0.1, cy + r * 0.4, cx + r * 0.5, cy - r * 0.4);
            }
        }
        if (branchProgress && m.total() > 0) {
            double bh = Math.max(2, Math.min(4, 3 * s));
            double y = p.y() + h + bh;
            gc.setFill(Color.web("#dee2e6"));
            gc.fillRoundRect(p.x() + 4, y, w - 8, bh, bh, bh);
            gc.setFill(DONE);
            gc.fillRoundRect(p.x() + 4, y, (w - 8) * m.done() / m.total(), bh, bh, bh);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }
}
