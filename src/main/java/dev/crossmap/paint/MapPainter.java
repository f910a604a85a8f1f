package dev.crossmap.paint;

import dev.crossmap.layout.Branch;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Side;
import dev.crossmap.layout.Viewport;
import java.util.Arrays;

/**
 * Draws a laid-out mind map, only what the viewport shows, on any {@link MapCanvas}: branches as filled
 * S-shaped ribbons in their roadmap's colour, rounded boxes paler the deeper they sit, labels at the
 * zoomed font size (grey bars when too small to read), fold handles (lit, with a count, when they hide search
 * matches), badges and progress marks. When
 * boxes would be specks it draws the overview instead: the big branches and the silhouettes of what hangs
 * below them. The window and every export use this one painter, so they show the same picture. A painter
 * keeps to one kind of canvas (it remembers how overview titles were cut to fit).
 */
public final class MapPainter {
    private static final double SILHOUETTE_OPACITY = 0.28;
    private static final double OVERVIEW_BRANCH_OPACITY = 0.7;
    private static final double HIGHLIGHT_OPACITY = 0.55;
    /** WCAG 1.4.11's ratio for the selection outline against the box it surrounds. */
    private static final double SELECTION_CONTRAST = 3;
    private static final int[] NO_RANGES = new int[0];
    /** Overview titles longer than this many pixels are cut with an ellipsis. */
    private static final double TITLE_WIDTH = 240;
    private final MapStyle style;
    private final LabelMeasure measure;
    private final RoadmapColours colours;
    private final MarkPainter marks;
    private final FoundPainter found;
    private final HiddenMatches hiddenMatches = new HiddenMatches();
    private int[] drawn = new int[256];
    private int drawnCount;
    private int boxesDrawn;
    private int[] boxNodes = new int[256];
    private double[] boxPlaces = new double[1024];
    private boolean overviewDrawn;
    /** Overview titles as cut to fit, by label: measuring them is text layout, too slow to repeat every frame. */
    private final java.util.Map<String, String> shortTitles = new java.util.HashMap<>();

    public MapPainter(MapStyle style, LabelMeasure measure) {
        this.style = style;
        this.measure = measure;
        this.colours = new RoadmapColours(style);
        this.marks = new MarkPainter(style);
        this.found = new FoundPainter(style.palette());
    }

    public MapStyle style() {
        return style;
    }

    /**
     * Paints the part of the map the viewport shows onto a canvas of the viewport's size. {@code overlay}
     * is drawn over the branches and under the boxes (the window's links between occurrences).
     */
    public void paint(MapCanvas c, MapGeometry g, Viewport v, Marking marking, Runnable overlay) {
        c.fillRect(0, 0, v.width(), v.height(), style.palette().background());
        Rect world = v.visibleWorld();
        drawnCount = 0;
        boxesDrawn = 0;
        overviewDrawn = isOverview(v);
        if (overviewDrawn) {
            g.forEachOverviewIn(world, this::collect);
            // Pre-order: parents before children, so the drawing (and an SVG's element order) is deterministic.
            Arrays.sort(drawn, 0, drawnCount);
            drawOverview(c, g, v, marking);
            return;
        }
        g.forEachDrawnIn(world, this::collect);
        Arrays.sort(drawn, 0, drawnCount);
        drawBranches(c, g, v, world);
        overlay.run();
        double s = v.scale();
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (world.intersects(g.x(n), g.y(n), g.width(n), g.height(n))) {
                Point p = v.toScreen(g.x(n), g.y(n));
                box(c, g, n, p.x(), p.y(), s, marking);
            }
        }
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (world.intersects(g.x(n), g.y(n), g.width(n), g.height(n))) {
                // Handles and marks stick out of their boxes: drawn last so no neighbour covers them.
                Point p = v.toScreen(g.x(n), g.y(n));
                extras(c, g, n, p.x(), p.y(), s, marking);
            }
        }
    }

    /** Whether this viewport shows the overview (boxes would be specks). */
    public boolean isOverview(Viewport v) {
        return 24 * v.scale() < style.sizes().overviewPixels();
    }

    /** Whether the last frame was the overview. */
    public boolean overviewDrawn() {
        return overviewDrawn;
    }

    /** Starts counting the boxes of a frame drawn piece by piece ({@link #box} calls, a fold's in-between frames). */
    public void startFrame() {
        boxesDrawn = 0;
        overviewDrawn = false;
    }

    /** Boxes drawn in the last frame. */
    public int boxesDrawn() {
        return boxesDrawn;
    }

    /** The node of the {@code i}-th box drawn in the last frame. */
    public int boxNode(int i) {
        return boxNodes[i];
    }

    /** Where the {@code i}-th box of the last frame went, in screen pixels. */
    public Rect boxPlace(int i) {
        return new Rect(boxPlaces[4 * i], boxPlaces[4 * i + 1], boxPlaces[4 * i + 2], boxPlaces[4 * i + 3]);
    }

    private void collect(int node) {
        if (drawnCount == drawn.length) {
            drawn = Arrays.copyOf(drawn, drawnCount * 2);
        }
        drawn[drawnCount++] = node;
    }

    /** How thick branches are at this zoom, in pixels. */
    public double branchWidth(double scale) {
        return Math.max(0.75, Math.min(2.5, 1.6 * scale));
    }

    /** The colour of the branch into {@code child} from {@code parent}, at this extra opacity. */
    public int branchColour(MapTree tree, int parent, int child, double opacity) {
        int b = colours.branch(colours.slot(tree, parent == 0 ? child : parent));
        return opacity >= 1 ? b : Argb.fade(b, opacity);
    }

    /**
     * The branches on screen as filled ribbons, one path per roadmap: a software renderer's stroker is the
     * costliest part of a frame (measured in the window: stroked curves took ~6 of 18 ms of a 240-box
     * frame), while filling a ribbon is a plain fill, rasterised once per colour.
     */
    private void drawBranches(MapCanvas c, MapGeometry g, Viewport v, Rect world) {
        MapTree tree = g.tree();
        double width = branchWidth(v.scale());
        for (int r = 0; r < tree.roadmapCount(); r++) {
            boolean any = false;
            c.beginPath();
            for (int i = 0; i < drawnCount; i++) {
                int p = drawn[i];
                if (g.isFolded(p) || tree.firstChild(p) < 0 || (p != 0 && tree.roadmapIndex(p) != r)) {
                    continue;
                }
                for (int ch = tree.firstChild(p); ch >= 0; ch = tree.nextSibling(ch)) {
                    Branch b = g.branchTo(ch).orElseThrow();
                    if ((p != 0 || tree.roadmapIndex(ch) == r) && world.intersects(b.bounds())) {
                        ribbon(c, v, b, width);
                        any = true;
                    }
                }
            }
            if (any) {
                c.fillPath(colours.branch(colours.slot(tree, tree.roadmapNode(r))));
            }
        }
    }

    /**
     * Adds a branch's S-curve, {@code width} pixels thick (a little thicker at the parent), to the current
     * path as a closed ribbon: the two edges are the curve with its ends moved up and down and its control
     * points moved so that the middle, where a long branch runs steeply, is offset along the curve's normal.
     */
    public void ribbon(MapCanvas c, Viewport v, Branch b, double width) {
        Point from = v.toScreen(b.fromX(), b.fromY());
        Point to = v.toScreen(b.toX(), b.toY());
        double mid = (from.x() + to.x()) / 2;
        double a = width * 0.65;
        double e = width * 0.5;
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        // The tangent halfway along is (dx, 2 dy); its normal, turned to point down.
        double len = Math.hypot(dx, 2 * dy);
        double nx = len == 0 ? 0 : -2 * dy / len * Math.signum(dx == 0 ? 1 : dx);
        double ny = len == 0 ? 1 : Math.abs(dx) / len;
        // A cubic's middle is 1/8 of each end plus 3/8 of each control point.
        double half = (a + e) / 2;
        double cx = half * nx / 0.75;
        double cy = (half * ny - (a + e) / 8) / 0.75;
        c.moveTo(from.x(), from.y() - a);
        c.curveTo(mid - cx, from.y() - cy, mid - cx, to.y() - cy, to.x(), to.y() - e);
        c.lineTo(to.x(), to.y() + e);
        c.curveTo(mid + cx, to.y() + cy, mid + cx, from.y() + cy, from.x(), from.y() + a);
        c.closePath();
    }

    /** One topic's box and label at screen point ({@code x}, {@code y}), drawn at {@code s} pixels per world unit. */
    public void box(MapCanvas c, MapGeometry g, int n, double x, double y, double s, Marking marking) {
        MapTree tree = g.tree();
        double w = g.width(n) * s;
        double h = g.height(n) * s;
        record(n, x, y, w, h);
        double arc = Math.min(h, 14 * s);
        int slot = colours.slot(tree, n);
        int depth = tree.depth(n);
        double lineHeight = measure.lineHeight(depth) * s;
        boolean readable = h >= style.sizes().smallPixels()
                && lineHeight >= (depth <= 1 ? style.sizes().titleTextPixels() : style.sizes().minTextPixels());
        boolean lit = !marking.highlighted().isEmpty() && marking.highlighted().contains(tree.id(n));
        int[] inLabel = lit ? marking.found().ranges().apply(tree.id(n)) : NO_RANGES;
        boolean current = lit && marking.found().isCurrent(tree.id(n));
        if (lit && !(readable && inLabel.length > 0)) {
            // the glow shows a match whose text cannot be marked: too small to read, or found in its note or tags
            c.roundRect(x - 4, y - 4, w + 8, h + 8, arc + 8,
                    Argb.fade(style.palette().highlight(), current ? 1 : HIGHLIGHT_OPACITY), Argb.NONE, 0);
        }
        if (h < style.sizes().smallPixels()) {
            // A box a few pixels high: a plain tinted block (a folded one with its dot), no outline or text.
            c.fillRect(x, y, w, h, colours.block(slot, depth));
            if (g.isFolded(n)) {
                double r = Math.max(1.5, h / 2);
                c.circle(g.side(n) == Side.LEFT ? x - r - 1 : x + w + r + 1, y + h / 2, r, colours.base(slot), Argb.NONE, 0);
            }
            return;
        }
        boolean selected = n == marking.selected();
        c.roundRect(x, y, w, h, arc, colours.fill(slot, depth), selected ? style.palette().selection() : colours.edge(slot),
                selected ? 3 : Math.max(0.5, Math.min(1.5, s)));
        if (selected && Argb.contrast(style.palette().selection(), colours.fill(slot, depth)) < SELECTION_CONTRAST) {
            // A box filled near the selection's own hue (an orange roadmap): a ring of background keeps the outline apart.
            c.roundRect(x + 2, y + 2, w - 4, h - 4, Math.max(0, arc - 4), Argb.NONE, style.palette().background(), 1);
        }
        int ink = style.labelInk(depth);
        if (readable) {
            label(c, g, n, x, y, s, ink);
            if (inLabel.length > 0) {
                markFound(c, g, n, x, y, s, inLabel, current, colours.fill(slot, depth));
            }
        } else if (lineHeight >= style.sizes().barTextPixels()) {
            labelBars(c, g, n, x, y, w, s, ink);
        }
    }

    /** A box's fold handle and marks, which stick out of it. */
    public void extras(MapCanvas c, MapGeometry g, int n, double x, double y, double s, Marking marking) {
        MapTree tree = g.tree();
        double w = g.width(n) * s;
        double h = g.height(n) * s;
        if (n == 0 || h < style.sizes().smallPixels()) {
            return;
        }
        if (tree.hasChildren(n)) {
            boolean left = g.side(n) == Side.LEFT;
            int found = g.isFolded(n) ? hiddenMatches.count(g, marking.highlighted(), n) : 0;
            if (found > 0) {
                marks.matchGlow(c, left ? x : x + w, left, y + h / 2, s, g.hiddenCount(n));
            }
            marks.foldHandle(c, left ? x : x + w, left, y + h / 2, s, colours.base(colours.slot(tree, n)), g.hiddenCount(n));
            if (found > 0) {
                marks.matchCount(c, left ? x : x + w, left, y + h / 2, s, g.hiddenCount(n), found);
            }
        }
        if (h >= style.sizes().markPixels()) {
            marks.marks(c, marking.marks().apply(n), g.isFolded(n) || tree.depth(n) == 1, x, y, w, h, s);
        }
    }

    /** Remembers where a box went in this frame, for tests that check what the user saw. */
    private void record(int n, double x, double y, double w, double h) {
        if (boxesDrawn == boxNodes.length) {
            boxNodes = Arrays.copyOf(boxNodes, boxesDrawn * 2);
            boxPlaces = Arrays.copyOf(boxPlaces, boxesDrawn * 8);
        }
        boxNodes[boxesDrawn] = n;
        boxPlaces[4 * boxesDrawn] = x;
        boxPlaces[4 * boxesDrawn + 1] = y;
        boxPlaces[4 * boxesDrawn + 2] = w;
        boxPlaces[4 * boxesDrawn + 3] = h;
        boxesDrawn++;
    }

    /**
     * The label inside its box, centred vertically; shrunk if the box was laid out with another toolkit's
     * font (a window's map exported) and the text would not fit.
     */
    private void label(MapCanvas c, MapGeometry g, int n, double x, double y, double s, int ink) {
        MapTree tree = g.tree();
        int depth = tree.depth(n);
        String label = tree.label(n);
        String[] lines = measure.lines(label, depth);
        double padX = g.spacing().padX();
        double padY = g.spacing().padY();
        double innerH = g.height(n) - 2 * padY;
        double lh = measure.lineHeight(depth);
        double fit = fit(g, n, label, lines);
        double top = y + (padY + (innerH - lh * lines.length * fit) / 2) * s;
        c.label(lines, x + padX * s, top + measure.ascent(depth) * fit * s, lh * fit * s,
                LabelMeasure.labelFont(depth, s * fit), ink);
    }

    /** The search's text inside a label drawn by {@link #label}, placed as it places the lines. */
    private void markFound(MapCanvas c, MapGeometry g, int n, double x, double y, double s, int[] ranges,
            boolean current, int boxFill) {
        int depth = g.tree().depth(n);
        String label = g.tree().label(n);
        String[] lines = measure.lines(label, depth);
        double fit = fit(g, n, label, lines);
        double lh = measure.lineHeight(depth);
        double top = y + (g.spacing().padY() + (g.height(n) - 2 * g.spacing().padY() - lh * lines.length * fit) / 2) * s;
        double ascent = measure.ascent(depth) * fit * s;
        found.mark(c, label, lines, ranges, current, x + g.spacing().padX() * s, top + ascent, lh * fit * s, ascent,
                LabelMeasure.labelFont(depth, s * fit), boxFill);
    }

    /** How much a label is shrunk to fit its box (1: not at all). */
    private double fit(MapGeometry g, int n, String label, String[] lines) {
        int depth = g.tree().depth(n);
        double innerW = g.width(n) - 2 * g.spacing().padX();
        double innerH = g.height(n) - 2 * g.spacing().padY();
        double fit = Math.min(1, Math.min(innerW / Math.max(measure.measure(label, depth).w(), 1e-9),
                innerH / (measure.lineHeight(depth) * lines.length)));
        return Math.max(fit, 0.1);
    }

    /** A label too small to read: one bar per line, as long as the line, in the label's colour, faded. */
    private void labelBars(MapCanvas c, MapGeometry g, int n, double x, double y, double w, double s, int ink) {
        int depth = g.tree().depth(n);
        String[] lines = measure.lines(g.tree().label(n), depth);
        int longest = 1;
        for (String l : lines) {
            longest = Math.max(longest, l.length());
        }
        double padX = g.spacing().padX() * s;
        double padY = g.spacing().padY() * s;
        double width = w - 2 * padX;
        double lh = measure.lineHeight(depth) * s;
        int faded = Argb.fade(ink, 0.3);
        for (int i = 0; i < lines.length; i++) {
            c.fillRect(x + padX, y + padY + (i + 0.3) * lh, width * lines[i].length() / longest, lh * 0.45, faded);
        }
    }

    private void drawOverview(MapCanvas c, MapGeometry g, Viewport v, Marking marking) {
        MapTree tree = g.tree();
        double s = v.scale();
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (isSilhouette(g, n)) {
                // The silhouette of everything hanging below: one calm shape instead of thousands of specks.
                Rect sub = g.subtreeBounds(n).orElseThrow();
                Point a = v.toScreen(sub.x(), sub.y());
                c.roundRect(a.x(), a.y(), Math.max(2, sub.w() * s), Math.max(2, sub.h() * s), 4,
                        Argb.withOpacity(colours.base(colours.slot(tree, n)), SILHOUETTE_OPACITY), Argb.NONE, 0);
            }
        }
        overviewMatches(c, g, v, marking);
        // The big branches, one stroked path per roadmap.
        for (int r = 0; r < tree.roadmapCount(); r++) {
            boolean any = false;
            c.beginPath();
            for (int i = 0; i < drawnCount; i++) {
                int n = drawn[i];
                if (n != 0 && tree.roadmapIndex(n) == r) {
                    Branch b = g.branchTo(n).orElseThrow();
                    Point from = v.toScreen(b.fromX(), b.fromY());
                    Point to = v.toScreen(b.toX(), b.toY());
                    double mid = (from.x() + to.x()) / 2;
                    c.moveTo(from.x(), from.y());
                    c.curveTo(mid, from.y(), mid, to.y(), to.x(), to.y());
                    any = true;
                }
            }
            if (any) {
                c.strokePath(Argb.withOpacity(style.roadmap(r), OVERVIEW_BRANCH_OPACITY), 1.2);
            }
        }
        // The centre and the roadmaps stay readable at any zoom: titles at a fixed size on a pale pill.
        MapFont font = MapFont.bold(style.sizes().overviewFont());
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (tree.depth(n) <= 1) {
                String text = shortTitles.computeIfAbsent(tree.label(n), l -> shortened(c, l.strip(), font, TITLE_WIDTH));
                double w = c.textWidth(text, font);
                Point p = v.toScreen(g.x(n) + g.width(n) / 2, g.y(n) + g.height(n) / 2);
                int colour = colours.base(colours.slot(tree, n));
                double ph = font.size() + 8;
                c.roundRect(p.x() - w / 2 - 8, p.y() - ph / 2, w + 16, ph, ph,
                        Argb.withOpacity(style.palette().paper(), 0.85), Argb.fade(colour, 0.8), 1.2);
                c.centredText(text, p.x(), p.y() + font.size() * 0.36, font, colour);
            }
        }
        overviewDrawn = true;
    }

    /** Whether a far zoom draws this node as the silhouette of what hangs below it. */
    private static boolean isSilhouette(MapGeometry g, int n) {
        MapTree tree = g.tree();
        return n != 0 && (tree.depth(n) == MapGeometry.OVERVIEW_DEPTH || g.isFolded(n) || !tree.hasChildren(n));
    }

    /** A far zoom's silhouettes that hold search matches: outlined in the highlight, with their count on top. */
    private void overviewMatches(MapCanvas c, MapGeometry g, Viewport v, Marking marking) {
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            int found = isSilhouette(g, n) ? hiddenMatches.inOverview(g, marking.highlighted(), n) : 0;
            if (found > 0) {
                Rect sub = g.subtreeBounds(n).orElseThrow();
                Point a = v.toScreen(sub.x(), sub.y());
                double w = Math.max(2, sub.w() * v.scale());
                marks.matchOutline(c, a.x(), a.y(), w, Math.max(2, sub.h() * v.scale()));
                double pill = marks.matchPillWidth(c, 6.5, found);
                marks.matchPill(c, a.x() + w / 2 - pill / 2, a.y() - 2 - 6.5, 6.5, found);
            }
        }
    }

    /** The text cut to {@code maxWidth} pixels with an ellipsis, when it is wider. */
    static String shortened(MapCanvas c, String text, MapFont font, double maxWidth) {
        if (c.textWidth(text, font) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && c.textWidth(text.substring(0, end) + "\u2026", font) > maxWidth) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 2 ? end - 2 : end - 1;
        }
        return text.substring(0, end).strip() + "\u2026";
    }
}
