package dev.crossmap.ui;

import dev.crossmap.layout.Size;
import dev.crossmap.layout.TextMeasure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures mind-map labels with the real font, wrapping long labels at word boundaries, and remembers the
 * wrapped lines so the map draws exactly what was measured. One font size per depth: the centre largest,
 * roadmaps next, then top-level topics, then the rest. A label's width is the sum of its characters'
 * advances, each measured once per font with a real {@link Text}: a hundred thousand labels measure in
 * milliseconds rather than seconds, at the price of ignoring kerning (a pixel or so on a long label; boxes
 * have padding). FX thread only (it reuses one {@link Text}).
 */
final class MapTextMeasure implements TextMeasure {
    /** Labels wider than this wrap onto further lines. */
    static final double MAX_LINE_WIDTH = 240;
    private static final int LEVELS = 4;
    private final Text probe = new Text();
    private final Font[] fonts = new Font[LEVELS];
    private final double[] lineHeight = new double[LEVELS];
    private final double[] ascent = new double[LEVELS];
    private final Map<String, String[]> lines = new HashMap<>();
    /** Advance of each BMP character per level, NaN until first measured. */
    private final float[][] advance = new float[LEVELS][];
    private final Map<String, Double> otherAdvance = new HashMap<>();
    private int widthLevel;
    private final String family;

    MapTextMeasure() {
        this(Font.getDefault().getFamily());
    }

    MapTextMeasure(String family) {
        this.family = family;
        for (int level = 0; level < LEVELS; level++) {
            fonts[level] = font(level, baseSize(level));
            probe.setFont(fonts[level]);
            probe.setText("Ag");
            lineHeight[level] = Math.ceil(probe.getLayoutBounds().getHeight());
            ascent[level] = -probe.getLayoutBounds().getMinY();
        }
    }

    static int level(int depth) {
        return Math.min(depth, LEVELS - 1);
    }

    static double baseSize(int level) {
        return switch (level) {
            case 0 -> 20;
            case 1 -> 16;
            case 2 -> 14;
            default -> 13;
        };
    }

    /** The font of this depth at {@code size} points (the view scales it with the zoom to keep text crisp). */
    Font font(int depth, double size) {
        int level = level(depth);
        return Font.font(family, level <= 1 ? FontWeight.BOLD : level == 2 ? FontWeight.SEMI_BOLD : FontWeight.NORMAL,
                size);
    }

    /** Height of one line at zoom 1. */
    double lineHeight(int depth) {
        return lineHeight[level(depth)];
    }

    /** Distance from a line's top to its baseline at zoom 1. */
    double ascent(int depth) {
        return ascent[level(depth)];
    }

    /** The label's lines as measured (wrapped at word boundaries). */
    String[] lines(String label, int depth) {
        return lines.computeIfAbsent(level(depth) + "\u0000" + label, k -> wrap(label, level(depth)));
    }

    @Override
    public Size measure(String label, int depth) {
        String[] ls = lines(label, depth);
        int level = level(depth);
        setLevel(level);
        double widest = 0;
        for (String l : ls) {
            widest = Math.max(widest, width(l));
        }
        return new Size(Math.ceil(widest), lineHeight[level] * ls.length);
    }

    private void setLevel(int level) {
        widthLevel = level;
        probe.setFont(fonts[level]);
        if (advance[level] == null) {
            advance[level] = new float[Character.MAX_VALUE + 1];
            java.util.Arrays.fill(advance[level], Float.NaN);
        }
    }

    private double width(String s) {
        float[] known = advance[widthLevel];
        double sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                // Emoji and other characters beyond the BMP: measured as a whole code point, cached by text.
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                String cp = s.substring(i, end);
                sum += otherAdvance.computeIfAbsent(widthLevel + cp, k -> textWidth(cp));
                i = end - 1;
                continue;
            }
            float a = known[c];
            if (Float.isNaN(a)) {
                a = (float) textWidth(String.valueOf(c));
                known[c] = a;
            }
            sum += a;
        }
        return sum;
    }

    private double textWidth(String s) {
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    private String[] wrap(String label, int level) {
        setLevel(level);
        String text = label.isBlank() ? " " : label.strip();
        if (width(text) <= MAX_LINE_WIDTH) {
            return new String[] {text};
        }
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate) > MAX_LINE_WIDTH) {
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
