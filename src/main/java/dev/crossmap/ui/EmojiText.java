package dev.crossmap.ui;

import dev.crossmap.paint.EmojiRuns;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * Text with emoji, measured and drawn run by run: emoji runs in {@link EmojiFont}, the rest in the text font
 * (see {@link EmojiRuns}). Text without emoji takes the plain path at no cost. FX thread only (one probe).
 */
final class EmojiText {
    private static final Text PROBE = new Text();
    /** Marks a label's graphic as ours, so a reused cell can tell it from a graphic set by someone else. */
    private static final String FLOW_CLASS = "emoji-text";

    private EmojiText() {
    }

    /** The width of {@code s} in {@code font}, emoji runs measured in the emoji font of the same size. */
    static double width(String s, Font font) {
        if (!EmojiRuns.hasEmoji(s)) {
            return width(s, font, false);
        }
        double sum = 0;
        for (EmojiRuns.Run r : EmojiRuns.split(s)) {
            sum += width(r.text(), font, r.emoji());
        }
        return sum;
    }

    private static double width(String s, Font font, boolean emoji) {
        PROBE.setFont(emoji ? EmojiFont.at(font.getSize(), font) : font);
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }

    /**
     * Like {@code gc.fillText(s, x, y)} in the context's font and alignment, with emoji runs in the emoji font.
     */
    static void fill(GraphicsContext gc, String s, double x, double y) {
        if (!EmojiRuns.hasEmoji(s)) {
            gc.fillText(s, x, y);
            return;
        }
        Font font = gc.getFont();
        TextAlignment align = gc.getTextAlign();
        List<EmojiRuns.Run> runs = EmojiRuns.split(s);
        double[] widths = new double[runs.size()];
        double total = 0;
        for (int i = 0; i < runs.size(); i++) {
            widths[i] = width(runs.get(i).text(), font, runs.get(i).emoji());
            total += widths[i];
        }
        double left = switch (align) {
            case CENTER -> x - total / 2;
            case RIGHT -> x - total;
            default -> x;
        };
        gc.setTextAlign(TextAlignment.LEFT);
        Font emoji = EmojiFont.at(font.getSize(), font);
        for (int i = 0; i < runs.size(); i++) {
            gc.setFont(runs.get(i).emoji() ? emoji : font);
            gc.fillText(runs.get(i).text(), left, y);
            left += widths[i];
        }
        gc.setFont(font);
        gc.setTextAlign(align);
    }

    /** Like {@code gc.fillText(s, x, y, maxWidth)}; text with emoji is drawn run by run at its full width. */
    static void fill(GraphicsContext gc, String s, double x, double y, double maxWidth) {
        if (EmojiRuns.hasEmoji(s)) {
            fill(gc, s, x, y);
        } else {
            gc.fillText(s, x, y, maxWidth);
        }
    }

    /**
     * Sets a label's text; when it holds emoji, shows it as runs (emoji in the emoji font) in the label's
     * graphic, keeping {@code getText()} the text itself.
     */
    static void show(Labeled label, String text) {
        label.setText(text);
        boolean ours = label.getGraphic() != null && label.getGraphic().getStyleClass().contains(FLOW_CLASS);
        if (text == null || !EmojiRuns.hasEmoji(text)) {
            if (ours) {
                label.setGraphic(null);
                label.setContentDisplay(ContentDisplay.LEFT);
            }
            return;
        }
        if (!ours && label.getGraphic() != null) {
            return; // the graphic is someone else's: leave the label as it was
        }
        TextFlow flow = flow(text, label);
        if (label.isWrapText()) {
            // A wrapping label lends its width to the runs, so they wrap as its own text would.
            flow.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> label.getWidth() - label.getPadding().getLeft() - label.getPadding().getRight() - 1,
                    label.widthProperty(), label.paddingProperty()));
        }
        label.setGraphic(flow);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** The runs of {@code text} as a flow that follows the label's font and colour. */
    static TextFlow flow(String text, Labeled label) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(FLOW_CLASS);
        for (EmojiRuns.Run r : EmojiRuns.split(text)) {
            Text t = new Text(r.text());
            t.fillProperty().bind(label.textFillProperty());
            if (r.emoji()) {
                t.getStyleClass().add("emoji");
                t.fontProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> EmojiFont.at(label.getFont().getSize(), label.getFont()), label.fontProperty()));
            } else {
                t.fontProperty().bind(label.fontProperty());
            }
            flow.getChildren().add(t);
        }
        flow.setTextAlignment(label.getTextAlignment());
        if (label.getAlignment() == Pos.CENTER) {
            flow.setTextAlignment(TextAlignment.CENTER);
        }
        return flow;
    }
}
