package dev.crossmap.export;

import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.paint.MapStyle;
import dev.crossmap.io.AtomicFile;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The coverage matrix as a heat map picture: a row per concept (widest spread first), a column per roadmap,
 * each cell as dark as the concept is written often in that roadmap, with the count in it.
 */
public final class CoverageImage {
    private static final int CELL = 34;
    private static final int ROW = 22;
    private static final int MARGIN = 16;

    private CoverageImage() {
    }

    /** Draws the whole matrix (every concept, every roadmap) in the light look. */
    public static BufferedImage render(CoverageMatrix matrix) {
        return render(matrix, MapStyle.LIGHT);
    }

    /** Draws the whole matrix (every concept, every roadmap) in the given look. */
    public static BufferedImage render(CoverageMatrix matrix, MapStyle style) {
        Color ink = new Color(style.palette().topicInk());
        System.setProperty("java.awt.headless", "true");
        List<CoverageMatrix.Row> rows = matrix.sorted(CoverageMatrix.Order.SPREAD);
        List<String> roadmaps = matrix.roadmaps();
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        Font bold = font.deriveFont(Font.BOLD);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        int labelWidth = 120;
        for (CoverageMatrix.Row r : rows) {
            labelWidth = Math.max(labelWidth, Math.min(360, fm.stringWidth(r.label()) + 12));
        }
        int headerHeight = 40;
        for (String name : roadmaps) {
            headerHeight = Math.max(headerHeight, Math.min(260, fm.stringWidth(name) + 12));
        }
        pg.dispose();
        int width = MARGIN * 2 + labelWidth + CELL * (roadmaps.size() + 1);
        long height = (long) MARGIN * 2 + headerHeight + (long) ROW * rows.size();
        MapImage.checkSize(width, height);
        BufferedImage img = new BufferedImage(width, (int) height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(style.palette().paper()));
        g.fillRect(0, 0, width, (int) height);
        int x0 = MARGIN + labelWidth;
        int y0 = MARGIN + headerHeight;
        g.setFont(bold);
        g.setColor(ink);
        AffineTransform plain = g.getTransform();
        String[] headers = new String[roadmaps.size() + 1];
        headers[0] = "roadmaps";
        for (int i = 0; i < roadmaps.size(); i++) {
            headers[i + 1] = roadmaps.get(i).replaceFirst("\\.[^.]+$", "");
        }
        for (int i = 0; i < headers.length; i++) {
            // Column names run upwards so many roadmaps fit side by side.
            g.translate(x0 + i * CELL + CELL / 2 + 4, y0 - 6);
            g.rotate(-Math.PI / 2);
            g.drawString(headers[i], 0, 0);
            g.setTransform(plain);
        }
        g.setFont(font);
        FontMetrics cm = g.getFontMetrics();
        for (int r = 0; r < rows.size(); r++) {
            CoverageMatrix.Row row = rows.get(r);
            int y = y0 + r * ROW;
            if (r % 2 == 1) {
                g.setColor(new Color(style.palette().heatStripe()));
                g.fillRect(MARGIN, y, width - 2 * MARGIN, ROW);
            }
            g.setColor(ink);
            g.drawString(clip(row.label(), cm, labelWidth - 8), MARGIN + 4, y + ROW - 7);
            g.drawString(Integer.toString(row.spread()), x0 + CELL / 2 - cm.stringWidth(Integer.toString(row.spread())) / 2,
                    y + ROW - 7);
            for (int c = 0; c < roadmaps.size(); c++) {
                int count = row.counts().get(c);
                int x = x0 + (c + 1) * CELL;
                if (count > 0) {
                    g.setColor(heat(style, count));
                    g.fillRect(x + 1, y + 1, CELL - 2, ROW - 2);
                    g.setColor(new Color(style.heatInk(count)));
                    String text = Integer.toString(count);
                    g.drawString(text, x + CELL / 2 - cm.stringWidth(text) / 2, y + ROW - 7);
                }
            }
        }
        g.dispose();
        return img;
    }

    /** Writes the picture as PNG in the light look, atomically. */
    public static void png(CoverageMatrix matrix, Path file) throws IOException {
        png(matrix, MapStyle.LIGHT, file);
    }

    /** Writes the picture as PNG in the given look, atomically. */
    public static void png(CoverageMatrix matrix, MapStyle style, Path file) throws IOException {
        AtomicFile.write(file, MapImage.pngBytes(render(matrix, style)));
    }

    /** From pale to dark as a concept is written more often in one roadmap: the style's, as in the window's table. */
    static Color heat(int count) {
        return heat(MapStyle.LIGHT, count);
    }

    private static Color heat(MapStyle style, int count) {
        return new Color(style.heat(count), true);
    }

    private static String clip(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }
}
