package dev.crossmap.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;

/**
 * The map painter's vector surface: writes SVG elements ({@code rect}, {@code circle}, {@code path},
 * {@code text}) into a document, labels XML-escaped and set in the generic {@code sans-serif} family so
 * any viewer shows them. Each label is one {@code text} element with a {@code tspan} per line.
 */
final class SvgCanvas implements MapCanvas {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /** Starts a document {@code width} x {@code height} pixels in size. */
    SvgCanvas(int width, int height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
           .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
           .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
           .append(height).append("\" font-family=\"sans-serif\">\n");
    }

    /** Closes the document and returns its text. */
    String finish() {
        out.append("</svg>\n");
        return out.toString();
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double arc, Color fill, Color edge, double edgeWidth) {
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
    public void circle(double cx, double cy, double r, Color fill, Color edge, double edgeWidth) {
        out.append("<circle cx=\"");
        num(cx).append("\" cy=\"");
        num(cy).append("\" r=\"");
        num(r).append('"');
        paint(fill, edge, edgeWidth).append("/>\n");
    }

    @Override
    public void branch(double x0, double y0, double x1, double y1, Color colour, double width) {
        double mid = (x0 + x1) / 2;
        out.append("<path d=\"M");
        num(x0).append(' ');
        num(y0).append('C');
        num(mid).append(' ');
        num(y0).append(' ');
        num(mid).append(' ');
        num(y1).append(' ');
        num(x1).append(' ');
        num(y1).append('"');
        paint(MapPalette.NONE, colour, width).append("/>\n");
    }

    @Override
    public void path(Path2D path, Color fill, Color edge, double edgeWidth) {
        out.append("<path d=\"");
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    out.append('M');
                    yield 1;
                }
                case PathIterator.SEG_LINETO -> {
                    out.append('L');
                    yield 1;
                }
                case PathIterator.SEG_QUADTO -> {
                    out.append('Q');
                    yield 2;
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.append('C');
                    yield 3;
                }
                default -> {
                    out.append('Z');
                    yield 0;
                }
            };
            for (int i = 0; i < 2 * points; i++) {
                num(c[i]).append(i == 2 * points - 1 ? "" : " ");
            }
        }
        out.append('"');
        paint(fill, edge, edgeWidth).append("/>\n");
    }

    @Override
    public void label(String[] lines, double x, double baseline, double lineHeight, Font font, Color ink) {
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
    public void centredText(String text, double cx, double baseline, Font font, Color ink) {
        out.append("<text x=\"");
        num(cx).append("\" y=\"");
        num(baseline).append("\" text-anchor=\"middle\"");
        font(font).append(" fill=\"");
        colour(ink).append('"');
        opacity("fill-opacity", ink).append('>');
        escape(text).append("</text>\n");
    }

    private StringBuilder font(Font f) {
        out.append(" font-size=\"");
        num(f.getSize2D()).append('"');
        if (f.isBold()) {
            out.append(" font-weight=\"bold\"");
        }
        return out;
    }

    private StringBuilder paint(Color fill, Color edge, double edgeWidth) {
        out.append(" fill=\"");
        if (fill.getAlpha() == 0) {
            out.append("none\"");
        } else {
            colour(fill).append('"');
            opacity("fill-opacity", fill);
        }
        if (edge.getAlpha() > 0 && edgeWidth > 0) {
            out.append(" stroke=\"");
            colour(edge).append("\" stroke-width=\"");
            num(edgeWidth).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
            opacity("stroke-opacity", edge);
        }
        return out;
    }

    private StringBuilder opacity(String attribute, Color c) {
        if (c.getAlpha() < 255) {
            out.append(' ').append(attribute).append("=\"");
            num(c.getAlpha() / 255.0).append('"');
        }
        return out;
    }

    private StringBuilder colour(Color c) {
        out.append('#');
        int rgb = c.getRGB() & 0xffffff;
        for (int shift = 20; shift >= 0; shift -= 4) {
            out.append(Character.forDigit((rgb >> shift) & 0xf, 16));
        }
        return out;
    }

    /** A number with at most two decimals and no exponent (a hundredth of a pixel is invisible). */
    private StringBuilder num(double v) {
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
