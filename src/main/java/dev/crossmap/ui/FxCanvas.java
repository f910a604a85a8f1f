package dev.crossmap.ui;

import dev.crossmap.paint.Argb;
import dev.crossmap.paint.EmojiRuns;
import dev.crossmap.paint.MapCanvas;
import dev.crossmap.paint.MapFont;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The map painter's window surface: a JavaFX canvas's {@link GraphicsContext}. Paths go straight into the
 * context's own path, so a batch of ribbons is one fill. Colours and fonts are made once and reused (a
 * frame asks for the same few hundred times). FX thread only.
 */
final class FxCanvas implements MapCanvas {
    private final GraphicsContext gc;
    private final String family;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<MapFont, Font> fonts = new HashMap<>();
    private final Text probe = new Text();

    FxCanvas(GraphicsContext gc, String family) {
        this.gc = gc;
        this.family = family;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    private Color fx(int argb) {
        Color c = colours.get(argb);
        if (c == null) {
            c = Color.rgb(Argb.red(argb), Argb.green(argb), Argb.blue(argb), Argb.opacity(argb));
            colours.put(argb, c);
        }
        return c;
    }

    /** The JavaFX font of a painter's font; zoomed sizes are many, so the cache forgets when it grows big. */
    Font font(MapFont f) {
        Font font = fonts.get(f);
        if (font == null) {
            if (fonts.size() > 512) {
                fonts.clear();
            }
            FontWeight weight = switch (f.weight()) {
                case BOLD -> FontWeight.BOLD;
                case SEMI_BOLD -> FontWeight.SEMI_BOLD;
                case NORMAL -> FontWeight.NORMAL;
            };
            font = Font.font(family, weight, f.size());
            fonts.put(f, font);
        }
        return font;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int fill) {
        gc.setFill(fx(fill));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double arc, int fill, int edge, double edgeWidth) {
        if (Argb.visible(fill)) {
            gc.setFill(fx(fill));
            gc.fillRoundRect(x, y, w, h, arc, arc);
        }
        if (Argb.visible(edge) && edgeWidth > 0) {
            gc.setStroke(fx(edge));
            gc.setLineWidth(edgeWidth);
            gc.strokeRoundRect(x, y, w, h, arc, arc);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, int edge, double edgeWidth) {
        if (Argb.visible(fill)) {
            gc.setFill(fx(fill));
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        if (Argb.visible(edge) && edgeWidth > 0) {
            gc.setStroke(fx(edge));
            gc.setLineWidth(edgeWidth);
            gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        gc.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fillPath(int fill) {
        gc.setFill(fx(fill));
        gc.fill();
    }

    @Override
    public void strokePath(int edge, double width) {
        gc.setStroke(fx(edge));
        gc.setLineWidth(width);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.stroke();
        gc.setLineCap(StrokeLineCap.SQUARE);
        gc.setLineJoin(StrokeLineJoin.MITER);
    }

    @Override
    public void label(String[] lines, double x, double baseline, double lineHeight, MapFont font, int ink) {
        gc.setFont(font(font));
        gc.setFill(fx(ink));
        for (int i = 0; i < lines.length; i++) {
            EmojiText.fill(gc, lines[i], x, baseline + i * lineHeight);
        }
    }

    @Override
    public void centredText(String text, double cx, double baseline, MapFont font, int ink) {
        gc.setFont(font(font));
        gc.setFill(fx(ink));
        gc.setTextAlign(TextAlignment.CENTER);
        EmojiText.fill(gc, text, cx, baseline);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    @Override
    public double textWidth(String text, MapFont font) {
        if (EmojiRuns.hasEmoji(text)) {
            return EmojiText.width(text, font(font));
        }
        probe.setFont(font(font));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Override
    public void opacity(double opacity) {
        gc.setGlobalAlpha(opacity);
    }
}
