package dev.crossmap.export;

import dev.crossmap.layout.Size;
import dev.crossmap.layout.TextMeasure;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures mind-map labels with Java2D's generic sans-serif font, for laying out and drawing a map without
 * a window (export, the command line). It follows the window's measure ({@code ui.MapTextMeasure}): the
 * same size and weight per depth and the same wrapping of long labels at word boundaries, so a map laid
 * out here looks like the app's. A label's width is the sum of its characters' advances, each measured
 * once per font (kerning ignored: a pixel or so; boxes have padding). Needs no display. One thread at a
 * time.
 */
public final class AwtTextMeasure implements TextMeasure {
    /** Labels wider than this wrap onto further lines (as in the window). */
    public static final double MAX_LINE_WIDTH = 240;
    private static final int LEVELS = 4;
    /** Antialiased, fractional metrics: what the painter draws with. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private final Font[] fonts = new Font[LEVELS];
    private final double[] lineHeight = new double[LEVELS];
    private final double[] ascent = new double[LEVELS];
    private final float[][] advance = new float[LEVELS][];
    private final Map<String, Double> otherAdvance = new HashMap<>();
    private final Map<String, String[]> lines = new HashMap<>();

    public AwtTextMeasure() {
        for (int level = 0; level < LEVELS; level++) {
            fonts[level] = new Font(Font.SANS_SERIF, level <= 1 ? Font.BOLD : Font.PLAIN, 1)
                    .deriveFont((float) baseSize(level));
            LineMetrics m = fonts[level].getLineMetrics("Ag", CONTEXT);
            lineHeight[level] = Math.ceil(m.getAscent() + m.getDescent());
            ascent[level] = m.getAscent();
        }
    }

    static int level(int depth) {
        return Math.min(Math.max(depth, 0), LEVELS - 1);
    }

    /** The font size in points at zoom 1: 20 for the centre, 16 for roadmaps, 14 for their topics, 13 below. */
    static double baseSize(int level) {
        return switch (level) {
            case 0 -> 20;
            case 1 -> 16;
            case 2 -> 14;
            default -> 13;
        };
    }

    /** The font of labels at this depth, at zoom 1. */
    public Font font(int depth) {
        return fonts[level(depth)];
    }

    /** Height of one line at zoom 1. */
    public double lineHeight(int depth) {
        return lineHeight[level(depth)];
    }

    /** Distance from a line's top to its baseline at zoom 1. */
    public double ascent(int depth) {
        return ascent[level(depth)];
    }

    /** The label's lines as measured (wrapped at word boundaries). */
    public String[] lines(String label, int depth) {
        int level = level(depth);
        return lines.computeIfAbsent(level + "\u0000" + label, k -> wrap(label, level));
    }

    /** The width of one line at zoom 1. */
    public double lineWidth(String line, int depth) {
        return width(line, level(depth));
    }

    @Override
    public Size measure(String label, int depth) {
        String[] ls = lines(label, depth);
        int level = level(depth);
        double widest = 0;
        for (String l : ls) {
            widest = Math.max(widest, width(l, level));
        }
        return new Size(Math.ceil(widest), lineHeight[level] * ls.length);
    }

    private double width(String s, int level) {
        float[] known = advance[level];
        if (known == null) {
            known = new float[Character.MAX_VALUE + 1];
            Arrays.fill(known, Float.NaN);
            advance[level] = known;
        }
        double sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                // Characters beyond the BMP (emoji): measured as a whole code point, cached by text.
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                String cp = s.substring(i, end);
                sum += otherAdvance.computeIfAbsent(level + cp, k -> textWidth(cp, fonts[level]));
                i = end - 1;
                continue;
            }
            float a = known[c];
            if (Float.isNaN(a)) {
                a = (float) textWidth(String.valueOf(c), fonts[level]);
                known[c] = a;
            }
            sum += a;
        }
        return sum;
    }

    private static double textWidth(String s, Font f) {
        return f.getStringBounds(s, CONTEXT).getWidth();
    }

    private String[] wrap(String label, int level) {
        String text = label.isBlank() ? " " : label.strip();
        if (width(text, level) <= MAX_LINE_WIDTH) {
            return new String[] {text};
        }
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, level) > MAX_LINE_WIDTH) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out.toArray(String[]::new);
    }
}
