package dev.crossmap.export;

import dev.crossmap.paint.Argb;
import dev.crossmap.paint.MapCanvas;
import dev.crossmap.paint.MapFont;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * The map painter's raster surface: Java2D with antialiased shapes and text in the generic sans-serif font,
 * emoji in the bundled emoji font ({@link AwtEmoji}).
 */
final class Java2dCanvas implements MapCanvas {
    private final Graphics2D g;
    private final Map<MapFont, Font> fonts = new HashMap<>();
    private Path2D.Double path = new Path2D.Double();

    Java2dCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** Java2D's font for a painter's font: bold or plain sans-serif (the logical fonts have no semi-bold). */
    static Font awt(MapFont f, Map<MapFont, Font> cache) {
        return cache.computeIfAbsent(f, k -> new Font(Font.SANS_SERIF,
                k.weight() == MapFont.Weight.BOLD ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) k.size()));
    }

    private static Color awt(int argb) {
        return new Color(argb, true);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int fill) {
        draw(new Rectangle2D.Double(x, y, w, h), fill, Argb.NONE, 0);
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double arc, int fill, int edge, double edgeWidth) {
        draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc), fill, edge, edgeWidth);
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, int edge, double edgeWidth) {
        draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), fill, edge, edgeWidth);
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        path.curveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fillPath(int fill) {
        draw(path, fill, Argb.NONE, 0);
    }

    @Override
    public void strokePath(int edge, double width) {
        draw(path, Argb.NONE, edge, width);
    }

    private void draw(Shape s, int fill, int edge, double edgeWidth) {
        if (Argb.visible(fill)) {
            g.setColor(awt(fill));
            g.fill(s);
        }
        if (Argb.visible(edge) && edgeWidth > 0) {
            g.setColor(awt(edge));
            g.setStroke(new BasicStroke((float) edgeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }
    }

    @Override
    public void label(String[] lines, double x, double baseline, double lineHeight, MapFont font, int ink) {
        Font f = awt(font, fonts);
        g.setColor(awt(ink));
        for (int i = 0; i < lines.length; i++) {
            AwtEmoji.draw(g, lines[i], x, baseline + i * lineHeight, f);
        }
    }

    @Override
    public void centredText(String text, double cx, double baseline, MapFont font, int ink) {
        Font f = awt(font, fonts);
        g.setColor(awt(ink));
        double w = AwtEmoji.width(text, f, g.getFontRenderContext());
        AwtEmoji.draw(g, text, cx - w / 2, baseline, f);
    }

    @Override
    public double textWidth(String text, MapFont font) {
        return AwtEmoji.width(text, awt(font, fonts), AwtTextMeasure.CONTEXT);
    }

    @Override
    public void opacity(double opacity) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, Math.min(1, opacity))));
    }

    /** The text without characters the font has no glyph for, instead of empty boxes (emoji without the emoji font). */
    static String displayable(String s, Font font) {
        if (font.canDisplayUpTo(s) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (font.canDisplay(cp) && cp != 0xfe0f) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString().strip();
    }
}
