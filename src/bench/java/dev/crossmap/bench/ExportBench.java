package dev.crossmap.bench;

import dev.crossmap.export.AwtTextMeasure;
import dev.crossmap.export.Decorations;
import dev.crossmap.export.MapImage;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code src/bench/run export}: PNG and SVG export of the bundled roadmaps and of a generated map of
 * SIZE topics, as the whole map and fitted into 4000x3000: drawing, PNG encoding and SVG writing, in
 * memory (the atomic file write is left out: it is the disk's time, not ours).
 */
final class ExportBench implements Benchmark {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "PNG and SVG export of the bundled roadmaps and of SIZE generated topics (whole map, and fitted into 4000x3000)";
    }

    @Override
    public void run(int size, int rounds, PrintStream out) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<Roadmap> bundled = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
        MapTree bundledTree = MapTree.of("Crossmap", bundled);
        Decorations marks = Decorations.of(java.util.Map.of(), new Matcher().match(bundled));
        MapGeometry small = new MindMapLayout(bundledTree, new AwtTextMeasure(), Spacing.DEFAULT).layout(Set.of());
        measure(out, "bundled roadmaps (" + String.format("%,d", bundledTree.size() - 1) + " topics)", small, marks, rounds,
                MapImage.fitted(small, 4000, 3000), MapImage.wholeMap(small));

        MapTree big = LayoutBench.generate(size, 42);
        double[] layout = Bench.time(1, Math.max(3, rounds / 2), () ->
                new MindMapLayout(big, new AwtTextMeasure(), Spacing.DEFAULT).layout(Set.of()).visibleCount());
        out.printf("generated map of %,d topics: layout with the AWT text measure %s%n", big.size() - 1,
                Bench.describe(layout));
        MapGeometry large = new MindMapLayout(big, new AwtTextMeasure(), Spacing.DEFAULT).layout(Set.of());
        // A window's view at zoom 1 deep inside the map: what File > Export of the current view draws.
        int inside = large.visibleNode(large.visibleCount() / 3);
        Viewport view = Viewport.of(4000, 3000).centreOn(large.x(inside), large.y(inside));
        measure(out, String.format("generated map (%,d topics)", big.size() - 1), large, Decorations.NONE, rounds,
                MapImage.fitted(large, 4000, 3000), view, MapImage.wholeMap(large));
    }

    private static void measure(PrintStream out, String what, MapGeometry g, Decorations marks, int rounds,
                                Viewport... frames) throws Exception {
        for (Viewport frame : frames) {
            String name = String.format("%s, %d x %d px at zoom %.3f", what, Math.round(frame.width()),
                    Math.round(frame.height()), frame.scale());
            BufferedImage[] last = new BufferedImage[1];
            double[] draw = Bench.time(1, rounds, () -> {
                last[0] = MapImage.render(g, frame, marks);
                return last[0].getWidth();
            });
            byte[][] png = new byte[1][];
            double[] encode = Bench.time(1, rounds, () -> {
                try {
                    png[0] = MapImage.pngBytes(last[0]);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return png[0].length;
            });
            String[] svg = new String[1];
            double[] vector = Bench.time(1, rounds, () -> {
                svg[0] = MapImage.svg(g, frame, marks);
                return svg[0].length();
            });
            out.printf("%s%n  PNG draw %s%n  PNG encode %s; %,d bytes%n  SVG %s; %,d bytes%n", name,
                    Bench.describe(draw), Bench.describe(encode), png[0].length,
                    Bench.describe(vector), svg[0].getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
