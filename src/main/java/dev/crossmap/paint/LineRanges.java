package dev.crossmap.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * Where character ranges of a label fall on its wrapped lines. Wrapping ({@link LabelMeasure#wrap}) strips
 * the label, turns each run of whitespace into one space or a line break and keeps every other character in
 * order, so the label and its lines are walked side by side on their non-space characters.
 */
public final class LineRanges {
    /** Columns {@code start} (inclusive) to {@code end} (exclusive) of line {@code line}. */
    public record LineRange(int line, int start, int end) {
    }

    private LineRanges() {
    }

    /**
     * The pieces of the lines that show the label's characters {@code ranges[2k]} to {@code ranges[2k+1]}
     * (label offsets, end exclusive), one piece per range and line it touches, in order. Whitespace at either
     * end of a range is not shown; a range past the label's end is cut at it.
     */
    public static List<LineRange> of(String label, String[] lines, int[] ranges) {
        List<LineRange> out = new ArrayList<>();
        if (ranges.length < 2) {
            return out;
        }
        // line and column of each of the label's characters; -1 for whitespace, which has no single place
        int[] lineOf = new int[label.length()];
        int[] colOf = new int[label.length()];
        int li = 0;
        int col = 0;
        // wrapping strips the label first, by Java's idea of whitespace (wider than the split's)
        int lead = 0;
        int trail = label.length();
        while (lead < trail && Character.isWhitespace(label.charAt(lead))) {
            lead++;
        }
        while (trail > lead && Character.isWhitespace(label.charAt(trail - 1))) {
            trail--;
        }
        for (int i = 0; i < label.length(); i++) {
            if (i < lead || i >= trail || isSpace(label.charAt(i))) {
                lineOf[i] = -1;
                continue;
            }
            while (li < lines.length && (col >= lines[li].length() || isSpace(lines[li].charAt(col)))) {
                if (col >= lines[li].length()) {
                    li++;
                    col = 0;
                } else {
                    col++;
                }
            }
            if (li >= lines.length) {
                // the lines are not this label's: mark nothing further
                lineOf[i] = -1;
                continue;
            }
            lineOf[i] = li;
            colOf[i] = col++;
        }
        for (int k = 0; k + 1 < ranges.length; k += 2) {
            int start = Math.max(0, ranges[k]);
            int end = Math.min(label.length(), ranges[k + 1]);
            int line = -1;
            int from = 0;
            int to = 0;
            for (int i = start; i < end; i++) {
                if (lineOf[i] < 0) {
                    continue;
                }
                if (lineOf[i] != line) {
                    if (line >= 0) {
                        out.add(new LineRange(line, from, to));
                    }
                    line = lineOf[i];
                    from = colOf[i];
                }
                to = colOf[i] + 1;
            }
            if (line >= 0) {
                out.add(new LineRange(line, from, to));
            }
        }
        return out;
    }

    /** The whitespace wrapping splits at (as {@link LabelMeasure} does). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }
}
