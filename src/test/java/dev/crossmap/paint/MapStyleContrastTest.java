package dev.crossmap.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both looks of the map can be read: every label's ink stands out from its box by WCAG's 4.5:1, in the
 * light and the dark style alike, and the dark look is the light one's roadmaps on a dark background.
 */
class MapStyleContrastTest {
    private static final double TEXT = 4.5;
    /** WCAG 1.4.11: outlines and marks that carry meaning, against what is around them. */
    private static final double GRAPHICS = 3;

    /** Every place a style puts text on a colour of its own, with the ratio it reaches. */
    private static List<String> unreadable(MapStyle s) {
        List<String> bad = new ArrayList<>();
        Palette p = s.palette();
        check(bad, "centre title", s.labelInk(0), p.centre(), TEXT);
        for (int r = 0; r < p.roadmaps().size(); r++) {
            int c = s.roadmap(r);
            for (int depth = 1; depth <= 5; depth++) {
                check(bad, "roadmap " + r + " " + Argb.hex(c) + " depth " + depth, s.labelInk(depth), s.boxFill(c, depth), TEXT);
            }
            // A folded handle's hidden count is title ink on the roadmap's colour; overview titles are the colour on paper.
            check(bad, "overview title of roadmap " + r, c, Argb.mix(p.background(), p.paper(), 0.85), TEXT);
            check(bad, "outline of roadmap " + r, s.boxEdge(c), p.background(), GRAPHICS);
            for (int depth = 2; depth <= 5; depth++) {
                // The selected topic's outline borders its own box inside and the background outside.
                check(bad, "selection outline on a box of roadmap " + r + " depth " + depth, p.selection(),
                        s.boxFill(c, depth), GRAPHICS);
            }
        }
        check(bad, "\u00d7N badge", p.titleInk(), p.overlap(), TEXT);
        check(bad, "overlap link", p.overlap(), p.background(), GRAPHICS);
        check(bad, "selection outline", p.selection(), p.background(), GRAPHICS);
        check(bad, "note mark", p.pencil(), p.background(), GRAPHICS);
        for (int count = 1; count <= s.sizes().heatDarkest() + 1; count++) {
            check(bad, "heat cell " + count, s.heatInk(count), s.heat(count), TEXT);
        }
        return bad;
    }

    private static void check(List<String> bad, String what, int ink, int on, double least) {
        double ratio = Argb.contrast(ink, on);
        if (ratio < least) {
            bad.add(String.format("%s: %s on %s is %.2f:1", what, Argb.hex(ink), Argb.hex(on), ratio));
        }
    }

    @Test
    void everyLabelBadgeAndHeatCountOfTheLightLookReachesWcagContrast() {
        assertEquals(List.of(), unreadable(MapStyle.LIGHT));
    }

    @Test
    void everyLabelBadgeAndHeatCountOfTheDarkLookReachesWcagContrast() {
        assertEquals(List.of(), unreadable(MapStyle.DARK));
    }

    @Test
    void theDarkLookIsTheLightLooksRoadmapsOnADarkBackground() {
        assertTrue(Argb.luminance(MapStyle.DARK.palette().background()) < 0.02, "near black, as PrimerDark's #0d1117");
        assertTrue(Argb.luminance(MapStyle.LIGHT.palette().background()) > 0.9);
        assertEquals(MapStyle.LIGHT.palette().roadmaps().size(), MapStyle.DARK.palette().roadmaps().size());
        for (int r = 0; r < MapStyle.LIGHT.palette().roadmaps().size(); r++) {
            int light = MapStyle.LIGHT.roadmap(r);
            int dark = MapStyle.DARK.roadmap(r);
            double turn = Math.abs(hue(light) - hue(dark));
            assertTrue(Math.min(turn, 360 - turn) < 12, "roadmap " + r + " keeps its hue: " + Argb.hex(light) + " / "
                    + Argb.hex(dark));
            assertTrue(Argb.luminance(dark) > Argb.luminance(light), "roadmap " + r + " is brighter on the dark map");
            // Topic boxes sit in the dark: darker than their roadmap, lighter than the background so they show.
            int box = MapStyle.DARK.boxFill(dark, 2);
            assertTrue(Argb.luminance(box) < Argb.luminance(dark) && Argb.luminance(box) > Argb.luminance(
                    MapStyle.DARK.palette().background()), "a dark topic box of roadmap " + r + ": " + Argb.hex(box));
        }
    }

    @Test
    void theHeatMapGrowsTowardsTheContrastingEndOfEachLook() {
        for (int count = 1; count < MapStyle.LIGHT.sizes().heatDarkest(); count++) {
            assertTrue(Argb.luminance(MapStyle.LIGHT.heat(count + 1)) < Argb.luminance(MapStyle.LIGHT.heat(count)),
                    "light: darker for more at " + count);
            assertTrue(Argb.luminance(MapStyle.DARK.heat(count + 1)) > Argb.luminance(MapStyle.DARK.heat(count)),
                    "dark: brighter for more at " + count);
        }
        assertEquals(Argb.NONE, MapStyle.DARK.heat(0), "an empty cell is not painted");
    }

    @Test
    void aLookIsFoundByTheThemeOrByItsName() {
        assertEquals(MapStyle.DARK, MapStyle.of(true));
        assertEquals(MapStyle.LIGHT, MapStyle.of(false));
        assertEquals(MapStyle.DARK, MapStyle.named("dark").orElseThrow());
        assertEquals(MapStyle.LIGHT, MapStyle.named("light").orElseThrow());
        assertTrue(MapStyle.named("sepia").isEmpty());
    }

    private static double hue(int c) {
        return java.awt.Color.RGBtoHSB(Argb.red(c), Argb.green(c), Argb.blue(c), null)[0] * 360;
    }
}
