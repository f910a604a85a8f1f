package dev.crossmap.cli;

import dev.crossmap.export.AwtTextMeasure;
import dev.crossmap.export.Decorations;
import dev.crossmap.export.MapImage;
import dev.crossmap.export.MapOutline;
import dev.crossmap.export.MapText;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportException;
import dev.crossmap.paint.MapStyle;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code crossmap export (--png OUT.png | --svg OUT.svg | --md OUT.md | --opml OUT.opml | --mm OUT.mm)
 * [--width W --height H] [--level N] [FILE…]}: a picture of the mind map, without a window, or the whole map
 * as an outline (every roadmap a branch, with notes, progress, tags and links; see {@link MapOutline}). No FILE: the bundled roadmaps; a workspace: with its notes,
 * progress marks and folds. With a size, the whole map is fitted into it; without, the whole map is drawn
 * at zoom 1 (smaller only when that would exceed the image budget, which it then says).
 */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export (--png OUT.png | --svg OUT.svg | --md OUT.md | --opml OUT.opml | --mm OUT.mm) [--width W]"
                + " [--height H] [--level N] [--style light|dark] [--warnings] [FILE...]";
    }

    @Override
    public String summary() {
        return "draw the mind map as a PNG or SVG picture, or write the whole map as Markdown, OPML or a Freeplane"
                + " .mm (no FILE: the bundled roadmaps; a workspace: with its progress, notes, tags and folds);"
                + " --width/--height fit the picture into that size, --level N unfolds to level N, --style dark draws the"
                + " picture in the dark look (default: light)";
    }

    /** The parsed options. */
    private record Options(Path png, Path svg, Map<MapText, Path> texts, int width, int height, int level,
                           MapStyle style, boolean listNotes, List<Path> files) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ImportException {
        Options o = parse(args);
        // Before any AWT class loads: the export must work with no display (servers, CI).
        System.setProperty("java.awt.headless", "true");
        WorkspaceFile.Loaded loaded = Inputs.load(o.files(), o.listNotes(), err);
        Workspace ws = loaded.workspace();
        if (!o.texts().isEmpty()) {
            boolean fromWorkspace = o.files().size() == 1 && WorkspaceFile.isWorkspace(o.files().get(0));
            MapOutline outline = MapOutline.of("Crossmap", ws.roadmaps(), fromWorkspace ? Optional.of(ws) : Optional.empty());
            for (Map.Entry<MapText, Path> t : o.texts().entrySet()) {
                try {
                    t.getKey().write(outline, t.getValue());
                } catch (IOException e) {
                    err.println(t.getValue() + ": cannot be written (" + e.getMessage() + ")");
                    return 1;
                }
                out.printf("wrote %s: %s, %,d roadmaps, %,d topics%n", t.getValue(), t.getKey().displayName(),
                        ws.roadmaps().size(), ws.topicCount());
            }
            if (o.png() == null && o.svg() == null) {
                return 0;
            }
        }
        MapTree tree = MapTree.of("Crossmap", ws.roadmaps());
        Set<TopicId> folds = o.level() > 0 ? tree.foldsForLevel(o.level()) : ws.folded();
        MapGeometry g = new MindMapLayout(tree, new AwtTextMeasure(), Spacing.DEFAULT).layout(folds);
        Decorations marks = Decorations.of(ws.annotations(), CliMatcher.create(err).match(ws.roadmaps(), ws.decisions(), ws.conceptNames()));
        Viewport frame = frame(g, o);
        if (o.width() == 0 && o.height() == 0 && frame.scale() < 1) {
            out.printf("the whole map at zoom 1 would exceed %,d px a side or %,d megapixels: drawn at zoom %.2f%n",
                    MapImage.MAX_SIDE, MapImage.MAX_PIXELS / 1_000_000, frame.scale());
        }
        if (o.png() != null && !write(o.png(), true, g, frame, marks, o.style(), tree, out, err)) {
            return 1;
        }
        if (o.svg() != null && !write(o.svg(), false, g, frame, marks, o.style(), tree, out, err)) {
            return 1;
        }
        return 0;
    }

    private static boolean write(Path target, boolean png, MapGeometry g, Viewport frame, Decorations marks,
                                 MapStyle style, MapTree tree, PrintStream out, PrintStream err) {
        try {
            if (png) {
                MapImage.png(g, frame, marks, style, target);
            } else {
                MapImage.svg(g, frame, marks, style, target);
            }
        } catch (IOException e) {
            err.println(target + ": cannot be written (" + e.getMessage() + ")");
            return false;
        }
        out.printf("wrote %s: %d x %d px, %,d of %,d topics shown, zoom %.3f%n", target, Math.round(frame.width()),
                Math.round(frame.height()), g.visibleCount() - 1, tree.size() - 1, frame.scale());
        return true;
    }

    /** The whole map at zoom 1, or fitted into the size asked for (one side given: the other follows the map). */
    private static Viewport frame(MapGeometry g, Options o) {
        if (o.width() == 0 && o.height() == 0) {
            return MapImage.wholeMap(g);
        }
        Viewport whole = MapImage.wholeMap(g);
        double aspect = whole.height() / whole.width();
        int w = o.width() > 0 ? o.width() : (int) Math.max(1, Math.min(MapImage.MAX_SIDE, Math.round(o.height() / aspect)));
        int h = o.height() > 0 ? o.height() : (int) Math.max(1, Math.min(MapImage.MAX_SIDE, Math.round(o.width() * aspect)));
        if ((long) w * h > MapImage.MAX_PIXELS) {
            // Only a derived side can break the budget here (given sizes were checked): shrink both alike.
            double k = Math.sqrt((double) MapImage.MAX_PIXELS / ((long) w * h));
            w = (int) (w * k);
            h = (int) (h * k);
        }
        return MapImage.fitted(g, w, h);
    }

    private static Options parse(List<String> args) throws UsageException {
        Path png = null;
        Path svg = null;
        Map<MapText, Path> texts = new EnumMap<>(MapText.class);
        int width = 0;
        int height = 0;
        int level = 0;
        MapStyle style = MapStyle.LIGHT;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--md", "--opml", "--mm" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(a + " needs a value");
                    }
                    texts.put(MapText.byExtension(a.substring(2)).orElseThrow(), Path.of(args.get(++i)));
                }
                case "--png", "--svg", "--width", "--height", "--level" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(a + " needs a value");
                    }
                    String v = args.get(++i);
                    switch (a) {
                        case "--png" -> png = Path.of(v);
                        case "--svg" -> svg = Path.of(v);
                        case "--width" -> width = number(a, v, MapImage.MAX_SIDE);
                        case "--height" -> height = number(a, v, MapImage.MAX_SIDE);
                        default -> level = number(a, v, 9);
                    }
                }
                case "--style" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(a + " needs a value: light or dark");
                    }
                    String v = args.get(++i);
                    style = MapStyle.named(v).orElseThrow(() -> new UsageException("--style takes light or dark, not " + v));
                }
                case "--" -> {
                    files.add(a);
                    files.addAll(args.subList(i + 1, args.size()));
                    i = args.size();
                }
                default -> files.add(a);
            }
        }
        if (png == null && svg == null && texts.isEmpty()) {
            throw new UsageException("say what to write: --png OUT.png, --svg OUT.svg, --md OUT.md, --opml OUT.opml"
                    + " or --mm OUT.mm");
        }
        if ((long) width * height > MapImage.MAX_PIXELS) {
            throw new UsageException("an image may have at most " + MapImage.MAX_PIXELS / 1_000_000
                    + " megapixels, not " + width + " x " + height);
        }
        Arguments rest = Arguments.parse(files, Set.of(ImportNotes.FLAG));
        return new Options(png, svg, texts, width, height, level, style, rest.has(ImportNotes.FLAG), rest.files());
    }

    private static int number(String flag, String value, int max) throws UsageException {
        try {
            int v = Integer.parseInt(value);
            if (v >= 1 && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(flag + " takes a whole number from 1 to " + max + ", not " + value);
    }
}
