package dev.crossmap.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.paint.LineRanges.LineRange;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A search's ranges, in the label's own offsets, land on the right characters of the wrapped lines. */
class LineRangesTest {
    /** Every character one unit wide: {@code maxWidth} is then the longest line in characters. */
    private static final LabelMeasure.Advances ONE_EACH = (s, from, to) -> to - from;

    private static String[] wrap(String label, int maxWidth) {
        return LabelMeasure.wrap(label, maxWidth, ONE_EACH).lines();
    }

    private static List<String> texts(String[] lines, List<LineRange> pieces) {
        return pieces.stream().map(r -> lines[r.line()].substring(r.start(), r.end())).toList();
    }

    @Test
    void aMatchOnOneLineIsMarkedWhereItIs() {
        String[] lines = wrap("HTTP caching", 40);
        assertEquals(List.of(new LineRange(0, 5, 12)), LineRanges.of("HTTP caching", lines, new int[] {5, 12}));
    }

    @Test
    void aMatchAcrossAWrapIsMarkedOnBothLines() {
        String label = "Designing data intensive applications";
        String[] lines = wrap(label, 16);
        assertEquals(List.of("Designing data", "intensive", "applications"), List.of(lines));
        int start = label.indexOf("data");
        int end = label.indexOf("applications") + 4;
        assertEquals(List.of("data", "intensive", "appl"), texts(lines, LineRanges.of(label, lines, new int[] {start, end})));
    }

    @Test
    void everyMatchOfALabelIsMarkedAndWrappingsCollapsedSpacesDoNotShiftThem() {
        // wrapping strips the label and turns each run of spaces and tabs into one space or a line break
        String label = "  Cache \t and   cache   invalidation, cached  ";
        String[] lines = wrap(label, 16);
        assertEquals(List.of("Cache and cache", "invalidation,", "cached"), List.of(lines));
        int third = label.indexOf("cached");
        int[] ranges = {2, 6, 16, 20, third, third + 4}; // "cach", three times
        assertEquals(List.of(new LineRange(0, 0, 4), new LineRange(0, 10, 14), new LineRange(2, 0, 4)),
                LineRanges.of(label, lines, ranges));
    }

    @Test
    void aLabelThatFitsKeepsItsOwnSpacingAndAccents() {
        String label = "Café  crème, CAFÉ";
        String[] lines = wrap(label, 80);
        assertEquals(List.of("Café", "CAFÉ"), texts(lines, LineRanges.of(label, lines, new int[] {0, 4, 13, 17})));
        assertEquals(List.of("Café  crème"), texts(lines, LineRanges.of(label, lines, new int[] {0, 11})));
    }

    @Test
    void rangesPastTheLabelOrOfBlankLabelsMarkNothingWrong() {
        assertEquals(List.of(), LineRanges.of("   ", wrap("   ", 10), new int[] {0, 3}));
        assertEquals(List.of(new LineRange(0, 2, 4)), LineRanges.of("abcd", wrap("abcd", 10), new int[] {2, 99}));
    }

    /** Each single non-space character lands on the same place as counting the lines' non-space characters says. */
    @Property(tries = 400)
    void eachCharacterLandsWhereItIsDrawn(@ForAll("labels") String label, @ForAll @IntRange(min = 1, max = 30) int width) {
        String[] lines = wrap(label, width);
        List<int[]> drawn = new ArrayList<>();
        for (int l = 0; l < lines.length; l++) {
            for (int c = 0; c < lines[l].length(); c++) {
                if (!wrapSpace(lines[l].charAt(c))) {
                    drawn.add(new int[] {l, c});
                }
            }
        }
        String stripped = label.strip();
        int lead = label.indexOf(stripped.isEmpty() ? "\0" : stripped);
        int k = 0;
        for (int i = 0; i < label.length(); i++) {
            List<LineRange> at = LineRanges.of(label, lines, new int[] {i, i + 1});
            boolean inside = lead >= 0 && i >= lead && i < lead + stripped.length();
            if (!inside || wrapSpace(label.charAt(i))) {
                assertEquals(List.of(), at, "whitespace is not marked on its own");
                continue;
            }
            int[] where = drawn.get(k++);
            assertEquals(List.of(new LineRange(where[0], where[1], where[1] + 1)), at, label + " at " + i);
            assertEquals(label.charAt(i), lines[where[0]].charAt(where[1]));
        }
        assertEquals(drawn.size(), k, "every drawn character comes from the label");
    }

    /** A range's pieces show its characters, whitespace aside, one piece per line, top to bottom. */
    @Property(tries = 400)
    void aRangeShowsItsOwnCharacters(@ForAll("labels") String label, @ForAll @IntRange(min = 1, max = 30) int width,
            @ForAll @IntRange(min = 0, max = 40) int a, @ForAll @IntRange(min = 0, max = 40) int b) {
        int start = Math.min(Math.min(a, b), label.length());
        int end = Math.min(Math.max(a, b), label.length());
        String[] lines = wrap(label, width);
        List<LineRange> pieces = LineRanges.of(label, lines, new int[] {start, end});
        int lastLine = -1;
        for (LineRange r : pieces) {
            assertTrue(r.line() > lastLine, "one piece per line, in order");
            lastLine = r.line();
            String text = lines[r.line()].substring(r.start(), r.end());
            assertTrue(!wrapSpace(text.charAt(0)) && !wrapSpace(text.charAt(text.length() - 1)), text);
        }
        String inLabel = label.strip().isEmpty() ? "" : label.substring(start, end);
        // the characters the strip removed at the label's ends are not drawn
        int lead = label.length() - label.stripLeading().length();
        int trail = label.stripTrailing().length();
        StringBuilder expected = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i >= lead && i < trail && !wrapSpace(label.charAt(i))) {
                expected.append(label.charAt(i));
            }
        }
        StringBuilder shown = new StringBuilder();
        texts(lines, pieces).forEach(t -> t.chars().filter(c -> !wrapSpace((char) c)).forEach(c -> shown.append((char) c)));
        assertEquals(expected.toString(), shown.toString(), "range of '" + inLabel + "'");
    }

    @Provide
    Arbitrary<String> labels() {
        // words, runs of spaces and tabs, a no-break space (a word character) and an em space (stripped at the ends)
        return Arbitraries.strings().withChars('a', 'b', 'C', 'é', ' ', ' ', '\t', '\u00a0', '\u2003', '-').ofMaxLength(40);
    }

    private static boolean wrapSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }
}
