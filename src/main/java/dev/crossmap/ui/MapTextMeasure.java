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
    /** Per level, each label's wrapped lines and measured size; keyed by the label itself, whose hash is cached. */
    private final List<Map<String, Measured>> measured = new ArrayList<>();
    /** Advance of each BMP character per level, NaN until first measured. */
    private final float[][] advance = new float[LEVELS][];
    private final Map<String, Double> otherAdvance = new HashMap<>();
    private int widthLevel;
    private final String family;

    MapTextMeasure() {
        this(Font.getDefault().getFamily());
    }

    /** A label as measured: its lines and the size they take. */
    private record Measured(String[] lines, Size size) {
    }

    MapTextMeasure(String family) {
        this.family = family;
        for (int level = 0; level < LEVELS; level++) {
            measured.add(new HashMap<>());
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
        return measured(label, level(depth)).lines();
    }

    @Override
    public Size measure(String label, int depth) {
        return measured(label, level(depth)).size();
    }

    private Measured measured(String label, int level) {
        Map<String, Measured> known = measured.get(level);
        Measured m = known.get(label);
        if (m == null) {
            m = wrap(label, level);
            known.put(label, m);
        }
        return m;
    }

    private void setLevel(int level) {
        widthLevel = level;
        if (advance[level] == null) {
            advance[level] = new float[Character.MAX_VALUE + 1];
            java.util.Arrays.fill(advance[level], Float.NaN);
        }
    }

    private double width(String s, int from, int to) {
        if (EmojiRuns.hasEmoji(s, from, to)) {
            return EmojiText.width(s.substring(from, to), fonts[widthLevel]); // emoji measured in the emoji font
        }
        float[] known = advance[widthLevel];
        double sum = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                // Emoji and other characters beyond the BMP: measured as a whole code point, cached by text.
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
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
        if (probe.getFont() != fonts[widthLevel]) {
            probe.setFont(fonts[widthLevel]);
        }
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    /**
     * Wraps greedily at whitespace: a line takes words while it fits in {@link #MAX_LINE_WIDTH}. A line's
     * width is the sum of its characters' advances, so it grows by adding a word's width, never re-measured.
     */
    private Measured wrap(String label, int level) {
        setLevel(level);
        String text = label.isBlank() ? " " : label.strip();
        double whole = width(text, 0, text.length());
        if (whole <= MAX_LINE_WIDTH) {
            return new Measured(new String[] {text}, new Size(Math.ceil(whole), lineHeight[level]));
        }
        double space = width(" ", 0, 1);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        double widest = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            double word = width(text, start, i);
            if (line.length() > 0 && lineWidth + space + word > MAX_LINE_WIDTH) {
                out.add(line.toString());
                widest = Math.max(widest, lineWidth);
                line.setLength(0);
                lineWidth = 0;
            }
            if (line.length() > 0) {
                line.append(' ');
                lineWidth += space;
            }
            line.append(text, start, i);
            lineWidth += word;
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
        }
        out.add(line.toString());
        widest = Math.max(widest, lineWidth);
        return new Measured(out.toArray(String[]::new), new Size(Math.ceil(widest), lineHeight[level] * out.size()));
    }

    /** The whitespace a label's words are split at (what the regex {@code \s} matches). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }
}
