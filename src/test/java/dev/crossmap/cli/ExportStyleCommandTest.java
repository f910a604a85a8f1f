package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.paint.Argb;
import dev.crossmap.paint.MapStyle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossmap export --style dark}: pictures are light unless the dark look is asked for. */
class ExportStyleCommandTest extends CliHarness {

    private static int corner(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        return img.getRGB(1, 1) | 0xff000000;
    }

    @Test
    void aPictureIsLightUnlessTheDarkLookIsAskedFor(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.png");
        Path dark = dir.resolve("dark.png");
        Path darkSvg = dir.resolve("dark.svg");
        assertEquals(0, run("export", "--png", plain.toString(), "--width", "600", "--level", "1"), err.toString());
        assertEquals(0, run("export", "--png", dark.toString(), "--svg", darkSvg.toString(), "--width", "600",
                "--level", "1", "--style", "dark"), err.toString());
        assertEquals(MapStyle.LIGHT.palette().background(), corner(plain));
        assertEquals(MapStyle.DARK.palette().background(), corner(dark));
        String svg = Files.readString(darkSvg);
        assertTrue(svg.contains("fill=\"" + Argb.hex(MapStyle.DARK.palette().background()) + "\""), "the SVG is dark too");
        assertFalse(svg.contains(Argb.hex(MapStyle.LIGHT.palette().background())), "nothing of the light look is left");
    }

    @Test
    void anUnknownLookIsAUsageError(@TempDir Path dir) throws Exception {
        assertEquals(2, run("export", "--png", dir.resolve("x.png").toString(), "--style", "sepia"));
        assertTrue(err.toString().contains("--style takes light or dark, not sepia"), err.toString());
        assertEquals(2, run("export", "--png", dir.resolve("x.png").toString(), "--style"));
        assertFalse(Files.exists(dir.resolve("x.png")));
    }
}
