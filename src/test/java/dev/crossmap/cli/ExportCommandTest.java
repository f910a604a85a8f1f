package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.export.SvgDocument;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossmap export}: pictures of the bundled roadmaps and of a workspace, without a display. */
class ExportCommandTest extends CliHarness {

    @Test
    void theBundledRoadmapsExportAsAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("map.png");
        assertEquals(0, run("export", "--png", png.toString(), "--width", "1600", "--height", "1000", "--level", "1"),
                err.toString());
        assertTrue(out.toString().startsWith("wrote " + png + ": 1600 x 1000 px, 46 of 1,310 topics shown"),
                out.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(1000, img.getHeight());
        Files.createDirectories(Path.of("target"));
        Files.copy(png, Path.of("target", "export-bundled-1600x1000.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void withOnlyAWidthThePictureKeepsTheMapsProportions(@TempDir Path dir) throws Exception {
        Path natural = dir.resolve("natural.png");
        Path narrow = dir.resolve("narrow.png");
        assertEquals(0, run("export", "--png", natural.toString(), "--level", "1"), err.toString());
        assertEquals(0, run("export", "--png", narrow.toString(), "--level", "1", "--width", "800"), err.toString());
        BufferedImage big = ImageIO.read(natural.toFile());
        BufferedImage small = ImageIO.read(narrow.toFile());
        assertEquals(800, small.getWidth());
        assertEquals(800.0 * big.getHeight() / big.getWidth(), small.getHeight(), 1.0);
    }

    @Test
    void withoutASizeTheWholeMapIsDrawnAndTheShrinkIsSaid(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("all.png");
        Path svg = dir.resolve("all.svg");
        assertEquals(0, run("export", "--png", png.toString(), "--svg", svg.toString()), err.toString());
        assertTrue(err.toString().matches("\\d+ import notes in \\d+ files?; --warnings lists them\\s*"), err.toString());
        assertTrue(out.toString().startsWith("the whole map at zoom 1 would exceed 16,000 px a side"), out.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(16_000, img.getHeight(), "the tall unfolded map uses the longest side allowed");
        List<String> labels = SvgDocument.parse(Files.readString(svg)).labels();
        assertEquals(1 + 1_310, labels.size(), "the centre and every topic, each once");
        assertTrue(labels.contains("Why closures work"), "a deep topic of the first roadmap");
    }

    @Test
    void aWorkspaceExportsWithItsProgressNotesAndFolds(@TempDir Path dir) throws Exception {
        Importer importer = new Importer();
        Workspace ws = new Workspace(importer.importBundled().stream().map(ImportResult::roadmap).toList());
        Roadmap first = ws.roadmaps().get(0);
        List<Topic> topics = first.topics();
        Progress[] cycle = {Progress.DONE, Progress.DONE, Progress.LEARNING, Progress.SKIPPED};
        int done = 0;
        int notes = 0;
        // Topics 1 to 30: "Phase 1: Python Language Mastery" and what lies below it, all shown.
        for (int i = 1; i <= 30; i++) {
            String note = i % 5 == 0 ? "read the docs" : "";
            ws.setAnnotation(topics.get(i).id(), new Annotation(note, cycle[i % 4], new TreeSet<>()));
            done += cycle[i % 4] == Progress.DONE ? 1 : 0;
            notes += note.isEmpty() ? 0 : 1;
        }
        assertEquals("Phase 1: Python Language Mastery", topics.get(1).label());
        TopicId folded = topics.stream().filter(t -> t.label().equals("Phase 2: Writing Professional Python Code"))
                .findFirst().orElseThrow().id();
        ws.setFolded(Set.of(folded), true);
        Path file = dir.resolve("progress.crossmap.json");
        WorkspaceFile.save(file, ws);
        Path svg = dir.resolve("progress.svg");
        Path png = dir.resolve("progress.png");
        assertEquals(0, run("export", "--svg", svg.toString(), "--png", png.toString(), file.toString()), err.toString());
        SvgDocument doc = SvgDocument.parse(Files.readString(svg));
        assertEquals(done, doc.filledWith("circle", "#2b8a3e"), "every done topic carries the done mark");
        assertEquals(notes, doc.filledWith("path", "#495057"), "every note is marked");
        assertFalse(doc.labels().contains("Type hints in practice"), "the folded phase hides its topics");
        assertTrue(doc.otherTexts().contains("24"), "the folded phase says it hides 24 topics");
        Files.copy(png, Path.of("target", "export-workspace.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void badUsageIsExitTwoAndAnUnwritableFileExitOne(@TempDir Path dir) throws Exception {
        assertEquals(2, run("export"), "nothing to write");
        assertTrue(err.toString().contains("--png OUT.png, --svg OUT.svg, --md OUT.md, --opml OUT.opml or --mm OUT.mm"), err.toString());
        assertEquals(2, run("export", "--png", dir.resolve("x.png").toString(), "--width", "0"));
        assertEquals(2, run("export", "--png", dir.resolve("x.png").toString(), "--width", "20000"));
        assertEquals(2, run("export", "--png", dir.resolve("x.png").toString(), "--level", "12"));
        assertEquals(2, run("export", "--png", dir.resolve("x.png").toString(), "--zoom", "2"));
        assertEquals(2, run("export", "--png"));
        Path notADirectory = dir.resolve("file.txt");
        Files.writeString(notADirectory, "x");
        Path target = notADirectory.resolve("map.png");
        assertEquals(1, run("export", "--png", target.toString(), "--width", "300", "--height", "200"));
        assertTrue(err.toString().contains(target + ": cannot be written"), err.toString());
        assertEquals(1, run("export", "--png", dir.resolve("y.png").toString(), dir.resolve("missing.md").toString()));
    }
}
