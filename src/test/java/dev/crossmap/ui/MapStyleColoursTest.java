package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.paint.Argb;
import dev.crossmap.paint.MapStyle;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The style's colour arithmetic is JavaFX's: the map's tints, outlines and faded branches are the shades
 * the window drew before the painter was shared, to the last bit of a channel.
 */
class MapStyleColoursTest {
    private static final MapStyle STYLE = MapStyle.LIGHT;

    private static Color fx(int argb) {
        return Color.rgb(Argb.red(argb), Argb.green(argb), Argb.blue(argb), Argb.opacity(argb));
    }

    private static void assertSameShade(Color want, int got, String what) {
        assertEquals(want.getRed() * 255, Argb.red(got), 1, what + " red");
        assertEquals(want.getGreen() * 255, Argb.green(got), 1, what + " green");
        assertEquals(want.getBlue() * 255, Argb.blue(got), 1, what + " blue");
        assertEquals(want.getOpacity() * 255, Argb.alpha(got), 1, what + " opacity");
    }

    @Test
    void tintsOutlinesAndFadesAreTheShadesJavaFxDerives() {
        for (int r = 0; r < STYLE.palette().roadmaps().size(); r++) {
            int c = STYLE.roadmap(r);
            Color base = fx(c);
            String what = "roadmap " + r + " " + Argb.hex(c);
            assertSameShade(base.deriveColor(0, 0.35, 1.9, 1).interpolate(Color.WHITE, 0.55), STYLE.boxFill(c, 2), what + " topic");
            assertSameShade(base.deriveColor(0, 0.35, 1.9, 1).interpolate(Color.WHITE, 0.8), STYLE.boxFill(c, 5), what + " deeper");
            assertSameShade(base.deriveColor(0, 0.6, 1.4, 1).interpolate(Color.WHITE, 0.45), STYLE.blockFill(c, 3), what + " block");
            assertSameShade(base.deriveColor(0, 1, 0.9, 0.9), STYLE.boxEdge(c), what + " outline");
            assertSameShade(base.deriveColor(0, 1, 1, 0.55), Argb.fade(c, 0.55), what + " branch");
            assertEquals(c, STYLE.boxFill(c, 1), "a roadmap's box is its colour");
        }
    }

    @Test
    void heatCellsGrowDarkerUpToTheDarkestCountAndTheTableAndPictureShareThem() {
        int darkest = STYLE.sizes().heatDarkest();
        assertEquals(Argb.NONE, STYLE.heat(0), "an empty cell is not painted");
        for (int count = 1; count < darkest; count++) {
            int paler = STYLE.heat(count);
            int darker = STYLE.heat(count + 1);
            assertEquals(true, Argb.red(darker) + Argb.green(darker) + Argb.blue(darker)
                    < Argb.red(paler) + Argb.green(paler) + Argb.blue(paler), "more is darker at " + count);
        }
        assertEquals(STYLE.heat(darkest), STYLE.heat(darkest + 10), "no darker than the darkest");
        int c = STYLE.heat(3);
        assertEquals(String.format("rgb(%d,%d,%d)", Argb.red(c), Argb.green(c), Argb.blue(c)), CoverageMatrixView.colour(STYLE, 3));
    }
}
