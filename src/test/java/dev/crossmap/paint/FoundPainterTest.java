package dev.crossmap.paint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The found text stays readable on its highlighter stroke, on a light map and on a dark one. */
class FoundPainterTest {
    private static void readable(int stroke, int topicInk, int titleInk, int background, int paper) {
        int ink = FoundPainter.mostContrasting(stroke, topicInk, titleInk, background, paper);
        double contrast = FoundPainter.contrast(ink, stroke);
        assertTrue(contrast >= 4.5, "ink " + Argb.hex(ink) + " on " + Argb.hex(stroke) + ": contrast " + contrast);
    }

    @Test
    void theInkOnTheStrokeContrastsWithItInBothLooks() {
        Palette light = Palette.LIGHT;
        readable(light.highlight(), light.topicInk(), light.titleInk(), light.background(), light.paper());
        // the other matches' stroke is paler: mixed with the box's own fill
        readable(Argb.mix(light.highlight(), light.paper(), FoundPainter.OTHER_FADE), light.topicInk(), light.titleInk(), light.background(),
                light.paper());
        // a dark map: light inks on dark boxes, a yellow highlighter; its dark background is what reads on the stroke
        int darkPaper = 0xff20232a;
        readable(light.highlight(), 0xffe6e8ee, 0xff101216, 0xff16181d, darkPaper);
        readable(Argb.mix(light.highlight(), darkPaper, FoundPainter.OTHER_FADE), 0xffe6e8ee, 0xffffffff, 0xff16181d, darkPaper);
    }
}
