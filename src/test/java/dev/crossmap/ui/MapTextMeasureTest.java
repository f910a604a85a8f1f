package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.Size;
import java.util.concurrent.ExecutionException;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Labels measured by summed character advances match what the real font draws, and long ones wrap. */
class MapTextMeasureTest {
    @BeforeAll
    static void startTheToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    @Test
    void aShortLabelIsAsWideAsTheFontDrawsIt() throws Exception {
        for (String label : new String[] {"Phase 1: Python Language Mastery", "Bytecode and the interpreter",
            "LEGB rule", "Why closures work", "Queues — Kafka & RabbitMQ"}) {
            double[] got = onFx(() -> {
                MapTextMeasure m = new MapTextMeasure();
                Size s = m.measure(label, 3);
                Text t = new Text(label);
                t.setFont(m.font(3, MapTextMeasure.baseSize(3)));
                return new double[] {s.w(), t.getLayoutBounds().getWidth(), s.h(), m.lineHeight(3)};
            });
            assertEquals(got[1], got[0], Math.max(2, got[1] * 0.03), "width of '" + label + "'");
            assertEquals(got[3], got[2], 1e-9, "one line");
        }
    }

    @Test
    void aLongLabelWrapsAtWordsWithinTheLineWidth() throws Exception {
        String label = "Rule: only \"-\" bullets + indentation (deep knowledge checklist) for every topic of the roadmap";
        Object[] got = onFx(() -> {
            MapTextMeasure m = new MapTextMeasure();
            return new Object[] {m.lines(label, 2), m.measure(label, 2), m.lineHeight(2)};
        });
        String[] lines = (String[]) got[0];
        Size size = (Size) got[1];
        assertTrue(lines.length >= 2, "wrapped: " + String.join(" | ", lines));
        assertEquals(label, String.join(" ", lines), "no word lost or split");
        assertTrue(size.w() <= MapTextMeasure.MAX_LINE_WIDTH + 1, "each line fits: " + size.w());
        assertEquals(lines.length * (double) got[2], size.h(), 1e-9);
    }
}
