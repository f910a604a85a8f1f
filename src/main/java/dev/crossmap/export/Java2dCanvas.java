package dev.crossmap.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.Shape;

/** The map painter's raster surface: Java2D with antialiased shapes and text. */
final class Java2dCanvas implements MapCanvas {
    private final Graphics2D g;

    Java2dCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double arc, Color fill, Color edge, double edgeWidth) {
        draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc), fill, edge, edgeWidth);
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color edge, double edgeWidth) {
        draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), fill, edge, edgeWidth);
    }

    @Override
    public void branch(double x0, double y0, double x1, double y1, Color colour, double width) {
        double mid = (x0 + x1) / 2;
        draw(new CubicCurve2D.Double(x0, y0, mid, y0, mid, y1, x1, y1), MapPalette.NONE, colour, width);
    }

    @Override
    public void path(Path2D path, Color fill, Color edge, double edgeWidth) {
        draw(path, fill, edge, edgeWidth);
    }

    private void draw(Shape s, Color fill, Color edge, double edgeWidth) {
        if (fill.getAlpha() > 0) {
            g.setColor(fill);
            g.fill(s);
        }
        if (edge.getAlpha() > 0 && edgeWidth > 0) {
            g.setColor(edge);
            g.setStroke(new BasicStroke((float) edgeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }
    }

    @Override
    public void label(String[] lines, double x, double baseline, double lineHeight, Font font, Color ink) {
        g.setFont(font);
        g.setColor(ink);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(displayable(lines[i], font), (float) x, (float) (baseline + i * lineHeight));
        }
    }

    @Override
    public void centredText(String text, double cx, double baseline, Font font, Color ink) {
        String shown = displayable(text, font);
        g.setFont(font);
        g.setColor(ink);
        double w = font.getStringBounds(shown, g.getFontRenderContext()).getWidth();
        g.drawString(shown, (float) (cx - w / 2), (float) baseline);
    }

    /** The text without characters the font has no glyph for (emoji here), instead of empty boxes. */
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
