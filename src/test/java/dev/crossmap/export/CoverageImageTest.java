package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.matching.Matcher;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.overlap.CoverageMatrix;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageImageTest {
    @Test
    void theHeatMapHasARowPerConceptAndDarkerCellsForMorePlaces(@TempDir Path dir) throws Exception {
        var roadmaps = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
        CoverageMatrix matrix = CoverageMatrix.of(new Matcher().match(roadmaps));
        Path file = dir.resolve("coverage.png");
        CoverageImage.png(matrix, file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertTrue(img.getHeight() > matrix.rows().size() * 20, "a row per concept: " + img.getHeight());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "an exported picture is readable like any document");
        int one = CoverageImage.heat(1).getRGB();
        int four = CoverageImage.heat(4).getRGB();
        boolean sawOne = false;
        boolean sawFour = false;
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int p = img.getRGB(x, y);
                sawOne |= p == one;
                sawFour |= p == four;
            }
        }
        assertTrue(sawOne && sawFour, "pale cells for one place and dark cells for four or more");
    }
}
