package dev.crossmap.export;

import dev.crossmap.paint.Argb;
import dev.crossmap.paint.MapCanvas;
import dev.crossmap.paint.MapFont;
import java.awt.Font;
import java.util.HashMap;
import java.util.Map;

/**
 * The map painter's vector surface: writes SVG elements ({@code rect}, {@code circle}, {@code path},
 * {@code text}) into a document, labels XML-escaped and set in the generic {@code sans-serif} family so
 * any viewer shows them. Each label is one {@code text} element with a {@code tspan} per line.
 */
final class SvgCanvas implements MapCanvas {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final StringBuilder path = new StringBuilder();
    private final Map<MapFont, Font> fonts = new HashMap<>();
    private double opacity = 1;
    /** Sans-serif, then the emoji fonts of the common systems, so a viewer finds a glyph for 🧠 rather than a box. */
    static final String FONT_FAMILY = "sans-serif, 'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Emoji'";

    /** Starts a document {@code width} x {@code height} pixels in size. */
    SvgCanvas(int width, int height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
           .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
           .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
           .append(height).append("\" font-family=\"").append(FONT_FAMILY).append("\">\n");
    }

    /** Closes the document and returns its text. */
    String finish() {
        out.append("</svg>\n");
        return out.toString();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int fill) {
        roundRect(x, y, w, h, 0, fill, Argb.NONE, 0);
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double arc, int fill, int edge, double edgeWidth) {
        out.append("<rect x=\"");
        num(x).append("\" y=\"");
        num(y).append("\" width=\"");
        num(w).append("\" height=\"");
        num(h).append('"');
        if (arc > 0) {
            out.append(" rx=\"");
            num(arc / 2).append('"');
        }
        paint(fill, edge, edgeWidth).append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, int edge, double edgeWidth) {
        out.append("<circle cx=\"");
        num(cx).append("\" cy=\"");
        num(cy).append("\" r=\"");
        num(r).append('"');
        paint(fill, edge, edgeWidth).append("/>\n");
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        point('M', x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        point('L', x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        point('C', c1x, c1y);
        point(' ', c2x, c2y);
        point(' ', x, y);
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    private void point(char command, double x, double y) {
        if (command != ' ') {
            path.append(command);
        } else {
            path.append(' ');
        }
        num(path, x).append(' ');
        num(path, y);
    }

    @Override
    public void fillPath(int fill) {
        out.append("<path d=\"").append(path).append('"');
        paint(fill, Argb.NONE, 0).append("/>\n");
    }

    @Override
    public void strokePath(int edge, double width) {
        out.append("<path d=\"").append(path).append('"');
        paint(Argb.NONE, edge, width).append("/>\n");
    }

    @Override
    public void label(String[] lines, double x, double baseline, double lineHeight, MapFont font, int ink) {
        out.append("<text class=\"label\" x=\"");
        num(x).append("\" y=\"");
        num(baseline).append('"');
        font(font).append(" fill=\"");
        colour(ink).append('"');
        opacity("fill-opacity", ink).append('>');
        for (int i = 0; i < lines.length; i++) {
            out.append("<tspan x=\"");
            num(x).append("\" dy=\"");
            num(i == 0 ? 0 : lineHeight).append("\">");
            escape(lines[i]).append("</tspan>");
        }
        out.append("</text>\n");
    }

    @Override
    public void centredText(String text, double cx, double baseline, MapFont font, int ink) {
        out.append("<text x=\"");
        num(cx).append("\" y=\"");
        num(baseline).append("\" text-anchor=\"middle\"");
        font(font).append(" fill=\"");
        colour(ink).append('"');
        opacity("fill-opacity", ink).append('>');
        escape(text).append("</text>\n");
    }

    @Override
    public double textWidth(String text, MapFont font) {
        // Measured with Java2D's sans-serif, the nearest to what a viewer's generic sans-serif draws.
        return AwtEmoji.width(text, Java2dCanvas.awt(font, fonts), AwtTextMeasure.CONTEXT);
    }

    @Override
    public void opacity(double opacity) {
        this.opacity = Math.max(0, Math.min(1, opacity));
    }

    private StringBuilder font(MapFont f) {
        out.append(" font-size=\"");
        num(f.size()).append('"');
        if (f.weight() == MapFont.Weight.BOLD) {
            out.append(" font-weight=\"bold\"");
        }
        return out;
    }

    private StringBuilder paint(int fill, int edge, double edgeWidth) {
        out.append(" fill=\"");
        if (!Argb.visible(fill)) {
            out.append("none\"");
        } else {
            colour(fill).append('"');
            opacity("fill-opacity", fill);
        }
        if (Argb.visible(edge) && edgeWidth > 0) {
            out.append(" stroke=\"");
            colour(edge).append("\" stroke-width=\"");
            num(edgeWidth).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
            opacity("stroke-opacity", edge);
        }
        return out;
    }

    private StringBuilder opacity(String attribute, int c) {
        double o = Argb.opacity(c) * opacity;
        if (o < 1) {
            out.append(' ').append(attribute).append("=\"");
            num(o).append('"');
        }
        return out;
    }

    private StringBuilder colour(int c) {
        out.append('#');
        int rgb = c & 0xffffff;
        for (int shift = 20; shift >= 0; shift -= 4) {
            out.append(Character.forDigit((rgb >> shift) & 0xf, 16));
        }
        return out;
    }

    /** A number with at most two decimals and no exponent (a hundredth of a pixel is invisible). */
    private StringBuilder num(double v) {
        return num(out, v);
    }

    private static StringBuilder num(StringBuilder out, double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            out.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                out.append((char) ('0' + frac % 10));
            }
        }
        return out;
    }

    /** Text as XML character data: markup characters escaped, characters XML forbids dropped. */
    private StringBuilder escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(ch).append(s.charAt(++i));
                    } else if (allowedInXml(ch)) {
                        out.append(ch);
                    }
                }
            }
        }
        return out;
    }

    private static boolean allowedInXml(char ch) {
        return ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xd7ff) || (ch >= 0xe000 && ch <= 0xfffd);
    }
}
