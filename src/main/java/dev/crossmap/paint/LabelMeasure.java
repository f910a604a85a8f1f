package dev.crossmap.paint;

import dev.crossmap.layout.Size;
import dev.crossmap.layout.TextMeasure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures mind-map labels with some toolkit's font and remembers their wrapped lines, so the map draws
 * exactly what was measured. One font per text level: the centre largest, roadmaps next, then top-level
 * topics, then the rest. A label's width is the sum of its characters' advances, each measured once per
 * level by the toolkit ({@link #textWidth}): a hundred thousand labels measure in milliseconds, at the price
 * of ignoring kerning (a pixel or so; boxes have padding). The window and the export subclass it; both
 * wrap through {@link #wrap}. One thread at a time.
 */
public abstract class LabelMeasure implements TextMeasure {
    /** Labels wider than this wrap onto further lines. */
    public static final double MAX_LINE_WIDTH = 240;
    /** How many text levels there are (depth 3 and deeper share the last). */
    public static final int LEVELS = 4;
    private final double[] lineHeight = new double[LEVELS];
    private final double[] ascent = new double[LEVELS];
    /** Per level, each label's lines and size; keyed by the label itself, whose hash is cached. */
    private final List<Map<String, Measured>> measured = new ArrayList<>();
    /** Advance of each BMP character per level, NaN until first measured. */
    private final float[][] advance = new float[LEVELS][];
    private final Map<String, Double> otherAdvance = new HashMap<>();
    /** The level {@link #widths} measures at: one function for every label, not one per label measured. */
    private int widthLevel;
    /** Whether the label being wrapped has runs the toolkit measures whole (asked once per label, not per word). */
    private boolean wholeRuns = true;
    private final Advances widths = (s, from, to) -> width(s, from, to, widthLevel);

    /** A label as measured: its lines and the size they take. */
    private record Measured(String[] lines, Size size) {
    }

    /** A label's lines and the width of the widest. */
    public record Wrapped(String[] lines, double widest) {
    }

    /** The width of {@code s} from {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    public interface Advances {
        double width(String s, int from, int to);
    }

    protected LabelMeasure() {
        for (int level = 0; level < LEVELS; level++) {
            measured.add(new HashMap<>());
        }
    }

    /** The text level of a depth: 0 centre, 1 roadmaps, 2 their topics, 3 the rest. */
    public static int level(int depth) {
        return Math.min(Math.max(depth, 0), LEVELS - 1);
    }

    /** The font size in points at zoom 1: 20 for the centre, 16 for roadmaps, 14 for their topics, 13 below. */
    public static double baseSize(int level) {
        return switch (level) {
            case 0 -> 20;
            case 1 -> 16;
            case 2 -> 14;
            default -> 13;
        };
    }

    /** The label font of this depth, zoomed by {@code scale}. */
    public static MapFont labelFont(int depth, double scale) {
        int level = level(depth);
        return MapFont.label(level, baseSize(level) * scale);
    }

    /** Sets a level's line metrics at zoom 1 (subclasses, in their constructor). */
    protected final void metrics(int level, double lineHeight, double ascent) {
        this.lineHeight[level] = lineHeight;
        this.ascent[level] = ascent;
    }

    /** How wide the toolkit draws {@code text} in the label font of {@code level} at zoom 1. */
    protected abstract double textWidth(String text, int level);

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
        return measured(label, level(depth)).lines();
    }

    /** The width of one line at zoom 1. */
    public double lineWidth(String line, int depth) {
        return width(line, 0, line.length(), level(depth));
    }

    @Override
    public Size measure(String label, int depth) {
        return measured(label, level(depth)).size();
    }

    private Measured measured(String label, int level) {
        Map<String, Measured> known = measured.get(level);
        Measured m = known.get(label);
        if (m == null) {
            widthLevel = level;
            wholeRuns = measuresWhole(label, 0, label.length());
            Wrapped w = wrap(label, MAX_LINE_WIDTH, widths);
            wholeRuns = true;
            m = new Measured(w.lines(), new Size(Math.ceil(w.widest()), lineHeight[level] * w.lines().length));
            known.put(label, m);
        }
        return m;
    }

    /**
     * Whether the text between {@code from} and {@code to} must be measured as a whole by {@link #textWidth}
     * rather than summed per character (a toolkit that draws some runs in another font, such as emoji).
     */
    protected boolean measuresWhole(String s, int from, int to) {
        return false;
    }

    private double width(String s, int from, int to, int level) {
        if (wholeRuns && measuresWhole(s, from, to)) {
            return textWidth(s.substring(from, to), level);
        }
        float[] known = advance[level];
        if (known == null) {
            known = new float[Character.MAX_VALUE + 1];
            Arrays.fill(known, Float.NaN);
            advance[level] = known;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                // Emoji and other characters beyond the BMP: measured as a whole code point, cached by text.
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                String cp = s.substring(i, end);
                sum += otherAdvance.computeIfAbsent(level + cp, k -> textWidth(cp, level));
                i = end - 1;
                continue;
            }
            float a = known[c];
            if (Float.isNaN(a)) {
                a = (float) textWidth(String.valueOf(c), level);
                known[c] = a;
            }
            sum += a;
        }
        return sum;
    }

    /**
     * Wraps a label greedily at whitespace: a line takes words while it fits in {@code maxWidth} (a word
     * wider than that gets a line of its own). A line's width grows by adding a word's width, never
     * re-measured. A blank label is one line of a space.
     */
    public static Wrapped wrap(String label, double maxWidth, Advances advances) {
        String text = label.isBlank() ? " " : label.strip();
        double whole = advances.width(text, 0, text.length());
        if (whole <= maxWidth) {
            return new Wrapped(new String[] {text}, whole);
        }
        double space = advances.width(" ", 0, 1);
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
            double word = advances.width(text, start, i);
            if (line.length() > 0 && lineWidth + space + word > maxWidth) {
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
        return new Wrapped(out.toArray(String[]::new), widest);
    }

    /** The whitespace a label's words are split at (what the regex {@code \s} matches). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }
}
