package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.Branch;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.paint.Argb;
import dev.crossmap.paint.MapStyle;
import dev.crossmap.paint.Palette;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures of a mind map: what a user sees in the PNG and finds in the SVG. */
class MapImageTest {
    private static final String PLAN = """
            # Plan
            - Idempotency
              - idempotency keys
              - safe retries
            - Pagination
            - a < b & "c" 'd'
            - <script>alert(1)</script>
            """;
    private static final String NOTES = """
            # Notes
            - Idempotency
            - Caching
              - TTL
            """;
    private static final MapStyle STYLE = MapStyle.LIGHT;
    private static List<Roadmap> roadmaps;

    @BeforeAll
    static void importTwoSmallRoadmaps() throws Exception {
        Importer importer = new Importer();
        roadmaps = List.of(importer.importBytes("plan.md", PLAN.getBytes(StandardCharsets.UTF_8)).roadmap(),
                importer.importBytes("notes.md", NOTES.getBytes(StandardCharsets.UTF_8)).roadmap());
    }

    private static MapGeometry layout(List<Roadmap> maps, Collection<TopicId> folded) {
        return new MindMapLayout(MapTree.of("Crossmap", maps), new AwtTextMeasure(), Spacing.DEFAULT).layout(folded);
    }

    private static Topic topic(int roadmap, String label) {
        return roadmaps.get(roadmap).topics().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }

    private static BufferedImage decoded(BufferedImage image) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(MapImage.pngBytes(image)));
    }

    private static Color pixel(BufferedImage img, Point p) {
        return new Color(img.getRGB((int) Math.round(p.x()), (int) Math.round(p.y())));
    }

    private static Color colour(int argb) {
        return new Color(argb, true);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    /** A point inside a node's box, in its left padding (no text there), on screen. */
    private static Point insideBox(MapGeometry g, Viewport v, int node) {
        return v.toScreen(g.x(node) + 3, g.y(node) + g.height(node) / 2);
    }

    @Test
    void aPngHasTheAskedSizeTheCentreInItsColourAndEachRoadmapInItsOwn() throws Exception {
        MapGeometry g = layout(roadmaps, Set.of());
        Viewport v = MapImage.fitted(g, 800, 600);
        BufferedImage img = decoded(MapImage.render(g, v, Decorations.NONE));
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        assertEquals(colour(STYLE.palette().centre()), pixel(img, insideBox(g, v, 0)));
        MapTree tree = g.tree();
        for (int r = 0; r < 2; r++) {
            int node = tree.roadmapNode(r);
            assertEquals(colour(STYLE.roadmap(r)), pixel(img, insideBox(g, v, node)), "the box of " + tree.label(node));
            // Halfway along the branch from the centre, the curve passes through the middle of its end points.
            Branch b = g.branchTo(node).orElseThrow();
            Color onBranch = pixel(img, v.toScreen((b.fromX() + b.toX()) / 2, (b.fromY() + b.toY()) / 2));
            Color own = colour(Argb.mix(STYLE.palette().background(), STYLE.roadmap(r), 0.55));
            Color other = colour(Argb.mix(STYLE.palette().background(), STYLE.roadmap(1 - r), 0.55));
            assertTrue(distance(onBranch, own) < distance(onBranch, other) && distance(onBranch, own) < 120,
                    "branch to " + tree.label(node) + " is drawn in its roadmap's colour: " + onBranch);
        }
        int topic = g.node(topic(0, "Pagination").id()).orElseThrow();
        assertEquals(colour(STYLE.boxFill(STYLE.roadmap(0), 2)), pixel(img, insideBox(g, v, topic)));
    }

    @Test
    void aPictureInAnotherStyleIsDrawnInThatStylesColours() throws Exception {
        // A dark look is just another value: the same painter, other colours.
        Palette light = STYLE.palette();
        Palette dark = new Palette(0xff1b1d24, 0xffe9ecef, List.of(0xff74a8ff, 0xffff8a5b), 0xff101216, 0xffe9ecef,
                0xff1b1d24, light.highlight(), light.selection(), light.overlap(), light.done(), light.learning(),
                light.skipped(), 0xff3a3f4b, light.pencil(), light.heatCold(), light.heatHot(), light.heatStripe());
        MapStyle night = new MapStyle(dark, STYLE.sizes());
        MapGeometry g = layout(roadmaps, Set.of());
        Viewport v = MapImage.fitted(g, 800, 600);
        BufferedImage img = decoded(MapImage.render(g, v, Decorations.NONE, night));
        assertEquals(colour(dark.background()), pixel(img, new Point(2, 2)));
        assertEquals(colour(dark.centre()), pixel(img, insideBox(g, v, 0)));
        MapTree tree = g.tree();
        for (int r = 0; r < 2; r++) {
            assertEquals(colour(night.roadmap(r)), pixel(img, insideBox(g, v, tree.roadmapNode(r))));
        }
        int topic = g.node(topic(0, "Pagination").id()).orElseThrow();
        assertEquals(colour(night.boxFill(night.roadmap(0), 2)), pixel(img, insideBox(g, v, topic)));
        String svg = MapImage.svg(g, v, Decorations.NONE, night);
        assertTrue(svg.contains("fill=\"" + Argb.hex(dark.background()) + "\""), "the SVG's background is the style's");
        assertFalse(svg.contains(Argb.hex(light.background())), "nothing of the light look is left");
    }

    @Test
    void theSvgHoldsEveryVisibleLabelExactlyOnceEscaped() throws Exception {
        MapGeometry g = layout(roadmaps, Set.of());
        String text = MapImage.svg(g, MapImage.wholeMap(g), Decorations.NONE);
        SvgDocument svg = SvgDocument.parse(text);
        assertEquals("svg", svg.root().getLocalName());
        List<String> expected = new ArrayList<>();
        for (int node : g.visibleNodes()) {
            expected.add(g.tree().label(node).strip());
        }
        List<String> drawn = new ArrayList<>(svg.labels());
        expected.sort(null);
        drawn.sort(null);
        assertEquals(expected, drawn);
        assertTrue(drawn.contains("a < b & \"c\" 'd'"), drawn.toString());
        assertTrue(drawn.contains("<script>alert(1)</script>"), drawn.toString());
        assertFalse(text.contains("<script>"), "markup in a label is text, never an element");
        assertTrue(text.contains("&lt;script&gt;"));
        String family = svg.root().getAttribute("font-family");
        assertTrue(family.startsWith("sans-serif,"), "a font every viewer has first: " + family);
        assertTrue(family.contains("Emoji"), "then emoji fonts, so 🧠 is not a box: " + family);
    }

    @Test
    void aLabelWithACharacterXmlForbidsStillGivesAWellFormedSvg() throws Exception {
        MapTree.Builder b = MapTree.builder("Centre");
        int r = b.add(0, "Roadmap", new TopicId("roadmap:r"));
        b.add(r, "bell\u0007 ring", new TopicId("t1"));
        b.add(r, "tab\there", new TopicId("t2"));
        MapGeometry g = new MindMapLayout(b.build(), new AwtTextMeasure(), Spacing.DEFAULT).layout(Set.of());
        SvgDocument svg = SvgDocument.parse(MapImage.svg(g, MapImage.wholeMap(g), Decorations.NONE));
        assertTrue(svg.labels().contains("bell ring"), svg.labels().toString());
    }

    @Test
    void progressNotesAndOverlapsAreMarkedOnTheirTopics() throws Exception {
        Map<TopicId, Annotation> notes = new HashMap<>();
        TopicId done = topic(0, "Idempotency").id();
        notes.put(done, new Annotation("keys + retries", Progress.DONE, new TreeSet<>()));
        notes.put(topic(0, "Pagination").id(), new Annotation("", Progress.LEARNING, new TreeSet<>()));
        notes.put(topic(1, "Caching").id(), new Annotation("", Progress.SKIPPED, new TreeSet<>()));
        Decorations marks = Decorations.of(notes, new Matcher().match(roadmaps));
        assertEquals(2, marks.occurrences(done), "Idempotency is written in both roadmaps");

        MapGeometry g = layout(roadmaps, Set.of());
        Viewport v = MapImage.wholeMap(g);
        SvgDocument svg = SvgDocument.parse(MapImage.svg(g, v, marks));
        assertEquals(1, svg.filledWith("circle", "#2b8a3e"), "one done mark");
        assertEquals(1, svg.elements("circle").stream().filter(c -> c.getAttribute("stroke").equals("#f08c00")).count(),
                "one learning mark");
        assertEquals(1, svg.filledWith("circle", "#868e96"), "one skipped mark");
        assertEquals(1, svg.filledWith("path", "#495057"), "one note mark");
        assertEquals(2, svg.otherTexts().stream().filter(t -> t.equals("\u00d72")).count(), svg.otherTexts().toString());
        assertEquals(2, svg.filledWith("rect", "#dee2e6"), "each roadmap has a bar of how much of it is done");
        assertEquals(1, svg.filledWith("rect", "#2b8a3e"), "only the roadmap with a done topic fills its bar");

        BufferedImage img = decoded(MapImage.render(g, v, marks));
        int node = g.node(done).orElseThrow();
        // The done mark sits on the box's left edge; above its centre the tick leaves it green.
        Point mark = v.toScreen(g.x(node), g.y(node) + g.height(node) / 2 - 3.5);
        assertEquals(colour(STYLE.palette().done()), pixel(img, mark));
    }

    @Test
    void aFoldedTopicHidesItsChildrenAndShowsHowManyItHides() throws Exception {
        TopicId idem = topic(0, "Idempotency").id();
        MapGeometry g = layout(roadmaps, Set.of(idem));
        SvgDocument svg = SvgDocument.parse(MapImage.svg(g, MapImage.wholeMap(g), Decorations.NONE));
        assertFalse(svg.labels().contains("safe retries"));
        assertTrue(svg.labels().contains("Idempotency"));
        assertTrue(svg.otherTexts().contains("2"), "the fold handle counts the two hidden topics: " + svg.otherTexts());
    }

    @Test
    void theCurrentViewOfAWindowIsDrawnAsTheWindowShowsIt() throws Exception {
        MapGeometry g = layout(roadmaps, Set.of());
        int node = g.node(topic(1, "Caching").id()).orElseThrow();
        Viewport window = Viewport.of(400, 300).zoomTo(2, 200, 150).centreOn(g.x(node), g.y(node));
        BufferedImage img = decoded(MapImage.render(g, window, Decorations.NONE));
        assertEquals(400, img.getWidth());
        assertEquals(colour(STYLE.boxFill(STYLE.roadmap(1), 2)), pixel(img, insideBox(g, window, node)));
        SvgDocument svg = SvgDocument.parse(MapImage.svg(g, window, Decorations.NONE));
        assertTrue(svg.labels().contains("Caching"));
        assertFalse(svg.labels().contains("<script>alert(1)</script>"), "what lies outside the view is not drawn");
    }

    @Test
    void theWholeBundledMapStaysWithinTheImageBudget(@TempDir Path dir) throws Exception {
        List<Roadmap> bundled = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
        MapGeometry all = layout(bundled, Set.of());
        Viewport whole = MapImage.wholeMap(all);
        assertTrue(whole.width() <= MapImage.MAX_SIDE && whole.height() <= MapImage.MAX_SIDE, whole.toString());
        assertTrue(whole.width() * whole.height() <= MapImage.MAX_PIXELS);
        assertTrue(whole.scale() < 1, "1,300 unfolded topics are taller than 16,000 px at zoom 1");

        MapTree tree = all.tree();
        MapGeometry top = layout(bundled, tree.foldsForLevel(1));
        Viewport level1 = MapImage.wholeMap(top);
        assertEquals(1, level1.scale(), "a small map is drawn at its natural size");
        assertEquals(Math.ceil(top.bounds().w() + 2 * MapImage.MARGIN), level1.width());
        Path png = dir.resolve("level1.png");
        MapImage.png(top, Decorations.NONE, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals((int) level1.width(), img.getWidth());
        assertEquals((int) level1.height(), img.getHeight());
        Files.createDirectories(Path.of("target"));
        Files.copy(png, Path.of("target", "export-bundled-level1.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aHugeMapFittedIntoAScreenShowsItsRoadmapsAsAnOverview() throws Exception {
        MapTree.Builder b = MapTree.builder("Crossmap");
        for (int r = 0; r < 3; r++) {
            int root = b.add(0, "Roadmap " + r, new TopicId("roadmap:" + r));
            for (int i = 0; i < 30; i++) {
                int section = b.add(root, "Section " + r + "." + i, new TopicId("s" + r + "." + i));
                for (int k = 0; k < 100; k++) {
                    b.add(section, "Topic " + k, new TopicId("t" + r + "." + i + "." + k));
                }
            }
        }
        MapGeometry g = new MindMapLayout(b.build(), new AwtTextMeasure(), Spacing.DEFAULT).layout(Set.of());
        SvgDocument svg = SvgDocument.parse(MapImage.svg(g, MapImage.fitted(g, 800, 600), Decorations.NONE));
        assertTrue(svg.labels().isEmpty(), "no unreadable specks of text");
        assertTrue(svg.otherTexts().containsAll(List.of("Crossmap", "Roadmap 0", "Roadmap 1", "Roadmap 2")),
                svg.otherTexts().toString());
    }
}
