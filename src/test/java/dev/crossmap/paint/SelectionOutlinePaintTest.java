package dev.crossmap.paint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The selected box stands out from its own fill on every roadmap, in both looks: where the selection colour is
 * too near the box's colour (an amber outline on an orange roadmap title), a ring of background separates them.
 */
class SelectionOutlinePaintTest {
    private static final double GRAPHICS = 3;

    /** Eight roadmaps (one per palette colour), each with one topic. */
    private static MapGeometry map() {
        MapTree.Builder b = MapTree.builder("Crossmap");
        for (int r = 0; r < 8; r++) {
            int road = b.add(0, "Roadmap " + r, new TopicId("r" + r));
            b.add(road, "Topic " + r, new TopicId("t" + r));
        }
        return new MindMapLayout(b.build(), new RecordingCanvas.Mono(), Spacing.DEFAULT).layout(Set.of());
    }

    private static void everySelectedBoxStandsOut(MapStyle style) {
        MapGeometry g = map();
        Viewport v = Viewport.of(1600, 1200).fit(g.bounds(), 24).zoomTo(1, 800, 600);
        int selection = style.palette().selection();
        int rings = 0;
        for (int n = 1; n < g.tree().size(); n++) {
            RecordingCanvas c = new RecordingCanvas();
            new MapPainter(style, new RecordingCanvas.Mono()).paint(c, g, v, new Marking(n, Set.of(), m -> TopicMarks.NONE),
                    () -> { });
            List<RecordingCanvas.Shape> outlined = c.shapes.stream().filter(s -> s.edge() == selection).toList();
            String what = g.tree().label(n) + " in the " + (style == MapStyle.LIGHT ? "light" : "dark") + " look";
            assertTrue(outlined.size() == 1, "one selected box for " + what + ": " + outlined);
            RecordingCanvas.Shape box = outlined.get(0);
            if (Argb.contrast(selection, box.fill()) >= GRAPHICS) {
                continue;
            }
            int inside = style.palette().background();
            assertTrue(c.shapes.stream().anyMatch(s -> s.edge() == inside && s.x() > box.x() && s.x() + s.w() < box.x() + box.w()
                    && s.y() > box.y() && s.y() + s.h() < box.y() + box.h()),
                    what + ": the outline " + Argb.hex(selection) + " is " + String.format("%.2f", Argb.contrast(selection, box.fill()))
                            + ":1 on its box " + Argb.hex(box.fill()) + ", so a ring of background runs inside it");
            assertTrue(Argb.contrast(inside, box.fill()) >= GRAPHICS, what + ": and the ring stands out from the box");
            rings++;
        }
        assertTrue(rings > 0, "some roadmap title boxes need the ring (the selection is warm, so are some roadmaps)");
    }

    @Test
    void theSelectedBoxStandsOutOnEveryRoadmapInTheLightLook() {
        everySelectedBoxStandsOut(MapStyle.LIGHT);
    }

    @Test
    void theSelectedBoxStandsOutOnEveryRoadmapInTheDarkLook() {
        everySelectedBoxStandsOut(MapStyle.DARK);
    }
}
