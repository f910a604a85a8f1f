package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.Size;
import java.awt.Font;
import org.junit.jupiter.api.Test;

/** Labels measured without a display, as the exported map draws them. */
class AwtTextMeasureTest {
    private final AwtTextMeasure measure = new AwtTextMeasure();

    @Test
    void aLongLabelWrapsAtWordsIntoLinesNoWiderThanTheLimit() {
        String label = "Observability: structured logging, metrics with Prometheus, distributed tracing with"
                + " OpenTelemetry and the dashboards that tie them together";
        String[] lines = measure.lines(label, 3);
        assertTrue(lines.length >= 2, String.join(" | ", lines));
        assertEquals(label, String.join(" ", lines), "no word is lost or split");
        for (String line : lines) {
            assertTrue(measure.lineWidth(line, 3) <= AwtTextMeasure.MAX_LINE_WIDTH, line);
        }
        Size size = measure.measure(label, 3);
        assertEquals(lines.length * measure.lineHeight(3), size.h());
    }

    @Test
    void theCentreIsSetLargerAndBolderThanATopic() {
        assertTrue(measure.font(0).isBold() && !measure.font(3).isBold());
        assertTrue(measure.measure("Crossmap", 0).w() > measure.measure("Crossmap", 3).w());
        assertTrue(measure.lineHeight(0) > measure.lineHeight(3));
    }

    @Test
    void charactersWithoutAGlyphAreLeftOutOfThePictureNotDrawnAsBoxes() {
        Font font = measure.font(1);
        String shown = Java2dCanvas.displayable("\ud83d\udc0d BACKEND ENGINEERING", font);
        assertTrue(shown.endsWith("BACKEND ENGINEERING"), shown);
        assertEquals(-1, font.canDisplayUpTo(shown), "everything left has a glyph: " + shown);
    }
}
