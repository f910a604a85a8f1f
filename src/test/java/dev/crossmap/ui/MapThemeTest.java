package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Rect;
import dev.crossmap.model.TopicId;
import dev.crossmap.paint.Argb;
import dev.crossmap.paint.MapStyle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map follows View &gt; Theme: dark background, bright roadmaps and readable labels in the dark theme,
 * the light look back in the light one; pictures exported from the window stay light.
 */
class MapThemeTest extends FxRobot {
    private final AppHarness app = new AppHarness(this);

    @BeforeEach
    void start() throws Exception {
        app.startOnTheBundledRoadmaps();
    }

    @AfterEach
    void stop() throws Exception {
        interact(Theme.LIGHT::apply);
        app.stop();
    }

    private MindMapView map() {
        return app.window().mapPane().map();
    }

    private void chooseTheme(String item) {
        clickOn("#menuView").clickOn("#menuTheme").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the map shows now, as the user sees it. */
    private PixelReader shot() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> map().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        return image.getPixelReader();
    }

    private static int argb(PixelReader r, int x, int y) {
        return r.getArgb(x, y) | 0xff000000;
    }

    /** The colour most pixels of the area have: a box's fill, or the map's background. */
    private static int commonest(PixelReader r, Rect area) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = (int) area.y(); y < area.y() + area.h(); y++) {
            for (int x = (int) area.x(); x < area.x() + area.w(); x++) {
                counts.merge(argb(r, x, y), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The pixel inside the box that stands out most from its fill: the label's ink. */
    private static double labelContrast(PixelReader r, Rect box, int fill) {
        double best = 1;
        for (int y = (int) box.y() + 3; y < box.y() + box.h() - 3; y++) {
            for (int x = (int) box.x() + 3; x < box.x() + box.w() - 3; x++) {
                best = Math.max(best, Argb.contrast(argb(r, x, y), fill));
            }
        }
        return best;
    }

    /** Zooms to 1 around the first roadmap's title, so its label is drawn as words, not bars. */
    private TopicId lookAtFirstRoadmap() {
        MapGeometry g = map().getGeometry();
        MapTree tree = g.tree();
        int node = tree.roadmapNode(0);
        interact(() -> map().viewportProperty().set(map().getViewport().zoomTo(1, 0, 0)
                .centreOn(g.x(node) + g.width(node) / 2, g.y(node) + g.height(node) / 2)));
        WaitForAsyncUtils.waitForFxEvents();
        return tree.id(node);
    }

    /** A first-level topic of the first roadmap whose box is wholly in the window. */
    private TopicId topicInView() {
        MapTree tree = map().getGeometry().tree();
        for (int c = tree.firstChild(tree.roadmapNode(0)); c >= 0; c = tree.nextSibling(c)) {
            Rect b = map().screenBox(tree.id(c)).orElseThrow();
            if (b.x() >= 0 && b.y() >= 0 && b.x() + b.w() < map().getWidth() && b.y() + b.h() < map().getHeight()) {
                return tree.id(c);
            }
        }
        throw new AssertionError("no topic of the first roadmap is in the window");
    }

    private void assertTheMapIsIn(MapStyle style, String look) throws Exception {
        TopicId roadmap = lookAtFirstRoadmap();
        TopicId topic = topicInView();
        PixelReader shot = shot();
        Rect whole = new Rect(0, 0, map().getWidth(), map().getHeight());
        int background = commonest(shot, whole);
        assertEquals(Argb.hex(style.palette().background()), Argb.hex(background), look + ": the map's background");

        Rect title = map().screenBox(roadmap).orElseThrow();
        int titleFill = commonest(shot, title);
        assertEquals(Argb.hex(style.roadmap(0)), Argb.hex(titleFill), look + ": the roadmap's title box");
        double titleInk = labelContrast(shot, title, titleFill);
        assertTrue(titleInk >= 4.5, look + ": the roadmap's title stands out from its box: " + titleInk);

        Rect box = map().screenBox(topic).orElseThrow();
        int topicFill = commonest(shot, box);
        assertEquals(Argb.hex(style.boxFill(style.roadmap(0), 2)), Argb.hex(topicFill), look + ": a topic's box");
        double topicInk = labelContrast(shot, box, topicFill);
        assertTrue(topicInk >= 4.5, look + ": a topic's label stands out from its box: " + topicInk);
        assertTrue(Argb.contrast(topicFill, background) > 1.1, look + ": a topic's box is tinted off the background");
    }

    @Test
    void theMapTurnsDarkWithTheThemeKeepsItsLabelsReadableAndTurnsLightAgain() throws Exception {
        assertTheMapIsIn(MapStyle.LIGHT, "light");
        assertTrue(Argb.luminance(commonest(shot(), new Rect(0, 0, map().getWidth(), map().getHeight()))) > 0.9);

        chooseTheme("#menuThemeDark");
        assertEquals(MapStyle.DARK, map().getMapStyle());
        assertTheMapIsIn(MapStyle.DARK, "dark");
        assertTrue(Argb.luminance(commonest(shot(), new Rect(0, 0, map().getWidth(), map().getHeight()))) < 0.02,
                "the dark map's background is near black");

        chooseTheme("#menuThemeLight");
        assertTheMapIsIn(MapStyle.LIGHT, "light again");
    }

    @Test
    void theHeatMapFollowsTheThemeBrighterForMoreOnDark() throws Exception {
        clickOn("#coverageMode");
        WaitForAsyncUtils.waitForFxEvents();
        String light = heatStyle();
        assertTrue(light.contains(CoverageMatrixView.colour(MapStyle.LIGHT, 3)), light);
        chooseTheme("#menuThemeDark");
        String dark = heatStyle();
        assertTrue(dark.contains(CoverageMatrixView.colour(MapStyle.DARK, 3)), "the open table repaints: " + dark);
        assertTrue(dark.contains(Argb.hex(MapStyle.DARK.heatInk(3))), dark);
    }

    /** The style of a cell of count 3 in the coverage table. */
    private String heatStyle() {
        return lookup(".heat-3").queryAs(CoverageMatrixView.HeatCell.class).getStyle();
    }

    @Test
    void aPictureExportedFromTheDarkWindowIsLight(@TempDir Path dir) throws Exception {
        chooseTheme("#menuThemeDark");
        int[] lightAndDark = backgrounds(exportView(dir.resolve("view.png")));
        assertTrue(lightAndDark[0] > 0, "the picture has the light background: " + lightAndDark[0]);
        assertEquals(0, lightAndDark[1], "no pixel of the dark background while the window is dark");
        assertEquals(MapStyle.DARK, map().getMapStyle(), "the window stays dark");
    }

    @Test
    void picturesTakeTheWindowsLookWhenTheUserAsksAndTheChoiceIsRemembered(@TempDir Path dir) throws Exception {
        chooseTheme("#menuThemeDark");
        // Across into the submenu first, then down it, as a hand would: a diagonal crosses other File items and closes it.
        clickOn("#menuFile").clickOn("#menuExport").moveTo("#menuExportViewPng").clickOn("#menuExportWindowLook");
        WaitForAsyncUtils.waitForFxEvents();
        int[] view = backgrounds(exportView(dir.resolve("view.png")));
        assertTrue(view[1] > 0, "the map picture has the dark background: " + view[1]);
        assertEquals(0, view[0], "no pixel of the light background");

        Path coverage = dir.resolve("coverage.png");
        interact(() -> app.window().exports().writeTo(coverage, file -> dev.crossmap.export.CoverageImage.png(
                dev.crossmap.overlap.CoverageMatrix.of(app.window().atlas()), app.window().exports().pictureStyle(), file)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(coverage));
        BufferedImage matrix = ImageIO.read(Files.newInputStream(coverage));
        assertEquals(MapStyle.DARK.palette().paper() | 0xff000000, matrix.getRGB(2, 2) | 0xff000000,
                "the coverage picture is dark too");

        String settings = Files.readString(dev.crossmap.io.ConfigFolder.get().resolve("settings.json"));
        assertTrue(settings.contains("\"picturesInWindowLook\" : true"), settings);
        chooseTheme("#menuThemeLight");
        assertEquals(MapStyle.LIGHT, app.window().exports().pictureStyle(), "back in the light window, pictures are light");
    }

    /** Exports the current view as the window's File > Export does and reads the picture back. */
    private BufferedImage exportView(Path png) throws Exception {
        interact(() -> app.window().exports().writeTo(png, ExportActions.mapPicture(map(), app.window().workspace(),
                app.window().atlas(), false, false, app.window().exports().pictureStyle())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.status().startsWith("Exported"));
        return ImageIO.read(Files.newInputStream(png));
    }

    /** How many pixels have the light map's background and how many the dark one's. */
    private static int[] backgrounds(BufferedImage img) {
        int light = 0;
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) | 0xff000000;
                light += rgb == (MapStyle.LIGHT.palette().background() | 0xff000000) ? 1 : 0;
                dark += rgb == (MapStyle.DARK.palette().background() | 0xff000000) ? 1 : 0;
            }
        }
        assertTrue(Math.max(light, dark) > img.getWidth() * img.getHeight() / 5, "a background shows between the boxes");
        return new int[] {light, dark};
    }
}
