package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.export.AwtTextMeasure;
import dev.crossmap.layout.Size;
import dev.crossmap.paint.LabelMeasure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** One wrapping rule for labels, whether the window's font or the export's measures them. */
class LabelWrapTest {
    private static final String[] LABELS = {
        "Observability: structured logging, metrics with Prometheus, distributed tracing with OpenTelemetry"
            + " and the dashboards that tie them together",
        "Rule: only \"-\" bullets + indentation (deep knowledge checklist) for every topic of the roadmap",
        "Short label",
        "tabs\tand\nnewlines   and  runs of spaces in a label long enough to need a second line somewhere",
        "Supercalifragilisticexpialidocious_and_a_very_long_identifier_without_any_spaces_at_all_in_it next",
        "   ",
    };

    @BeforeAll
    static void startTheToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void wrappingTakesWordsWhileTheyFitAndGivesAnOverlongWordALineOfItsOwn() {
        // Ten pixels a character, lines of at most 50 pixels.
        LabelMeasure.Advances tenEach = (s, from, to) -> 10.0 * (to - from);
        LabelMeasure.Wrapped w = LabelMeasure.wrap("  aa bb cc dddddddd e ", 50, tenEach);
        assertArrayEquals(new String[] {"aa bb", "cc", "dddddddd", "e"}, w.lines());
        assertEquals(80, w.widest(), 1e-9, "the overlong word is the widest line");
        assertArrayEquals(new String[] {" "}, LabelMeasure.wrap("\t ", 50, tenEach).lines(), "a blank label keeps a line");
    }

    @Test
    void theWindowsMeasureAndTheExportsWrapByTheSameRule() throws Exception {
        for (String label : LABELS) {
            checkWrapping(new AwtTextMeasure(), label, "export");
            WaitForAsyncUtils.asyncFx(() -> {
                checkWrapping(new MapTextMeasure(), label, "window");
                return null;
            }).get();
        }
    }

    /** No word lost or split, each line within the width unless it is one word, and no line could take the next word. */
    private static void checkWrapping(LabelMeasure m, String label, String who) {
        for (int depth = 0; depth <= 3; depth++) {
            String[] lines = m.lines(label, depth);
            String what = who + " at depth " + depth + ": " + String.join(" | ", lines);
            List<String> words = label.isBlank() ? List.of(" ") : List.of(label.strip().split("\\s+"));
            List<String> drawn = new ArrayList<>();
            for (String line : lines) {
                drawn.addAll(line.isBlank() ? List.of(line) : List.of(line.split(" ")));
                assertTrue(m.lineWidth(line, depth) <= LabelMeasure.MAX_LINE_WIDTH || !line.contains(" "), what);
            }
            assertEquals(words, drawn, what);
            for (int i = 0; i + 1 < lines.length; i++) {
                String next = lines[i + 1].split(" ")[0];
                assertTrue(m.lineWidth(lines[i] + " " + next, depth) > LabelMeasure.MAX_LINE_WIDTH,
                        "line " + i + " could have taken '" + next + "': " + what);
            }
            Size size = m.measure(label, depth);
            assertEquals(lines.length * m.lineHeight(depth), size.h(), 1e-9, what);
            assertTrue(size.w() >= m.lineWidth(lines[0], depth) - 1e-9, what);
        }
    }
}
