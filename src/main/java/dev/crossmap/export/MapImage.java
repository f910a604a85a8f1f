package dev.crossmap.export;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.BranchProgress;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.TopicId;
import dev.crossmap.paint.MapPainter;
import dev.crossmap.paint.MapStyle;
import dev.crossmap.paint.Marking;
import dev.crossmap.paint.TopicMarks;
import dev.crossmap.io.AtomicFile;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * A picture of a mind map as PNG or SVG: the whole map, the map fitted into a given size, or what a
 * window's viewport shows. Both formats come from the window's own painter ({@link MapPainter}), so they
 * show the same drawing as the window, in the same {@link MapStyle}. Files are written atomically. Needs no display (headless AWT).
 *
 * <p>The whole map is drawn at zoom 1 (text at its natural size) unless that would exceed
 * {@link #MAX_SIDE} pixels a side or {@link #MAX_PIXELS} pixels in all (or what the heap can hold); then
 * it is drawn smaller, at the largest zoom that fits.
 */
public final class MapImage {
    /** The longest side of an image this writes, in pixels (ImageMagick's default limit, so common tools open it). */
    public static final int MAX_SIDE = 16_000;
    /** The most pixels an image this writes has (100 megapixels, 400 MB while drawing). */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Space around the whole map, in pixels at zoom 1: room for fold handles and badges. */
    static final double MARGIN = 32;

    private MapImage() {
    }

    /** The frame that shows the whole map at zoom 1, or at the largest zoom within the pixel budget. */
    public static Viewport wholeMap(MapGeometry g) {
        Rect b = g.bounds().inflate(MARGIN);
        long budget = Math.min(MAX_PIXELS, Runtime.getRuntime().maxMemory() / 12);
        double s = Math.min(1, Math.min(MAX_SIDE / b.w(), MAX_SIDE / b.h()));
        s = Math.min(s, Math.sqrt(budget / (b.w() * b.h())));
        int w = Math.max(1, Math.min(MAX_SIDE, (int) Math.ceil(b.w() * s)));
        int h = Math.max(1, Math.min(MAX_SIDE, (int) Math.ceil(b.h() * s)));
        return new Viewport(s, -b.x() * s, -b.y() * s, w, h, s, Math.max(s, 8));
    }

    /** The frame of {@code width} x {@code height} pixels with the whole map fitted inside, centred. */
    public static Viewport fitted(MapGeometry g, int width, int height) {
        checkSize(width, height);
        double margin = Math.min(24, Math.min(width, height) / 10.0);
        return Viewport.of(width, height).withZoomBounds(1e-9, 8).fit(g.bounds(), margin);
    }

    /** Draws what the viewport shows into a new image of the viewport's size, in the light style. */
    public static BufferedImage render(MapGeometry g, Viewport view, Decorations decorations) {
        return render(g, view, decorations, MapStyle.LIGHT);
    }

    /** Draws what the viewport shows into a new image of the viewport's size, in this style. */
    public static BufferedImage render(MapGeometry g, Viewport view, Decorations decorations, MapStyle style) {
        int w = pixels(view.width());
        int h = pixels(view.height());
        checkSize(w, h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            new MapPainter(style, new AwtTextMeasure()).paint(new Java2dCanvas(g2), g, view, marking(g, decorations),
                    () -> { });
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** The SVG document of what the viewport shows, in the light style. */
    public static String svg(MapGeometry g, Viewport view, Decorations decorations) {
        return svg(g, view, decorations, MapStyle.LIGHT);
    }

    /** The SVG document of what the viewport shows, in this style. */
    public static String svg(MapGeometry g, Viewport view, Decorations decorations, MapStyle style) {
        SvgCanvas canvas = new SvgCanvas(pixels(view.width()), pixels(view.height()));
        new MapPainter(style, new AwtTextMeasure()).paint(canvas, g, view, marking(g, decorations), () -> { });
        return canvas.finish();
    }

    /** The painter's marks of an export's decorations: no selection or search; branch bars counted once. */
    private static Marking marking(MapGeometry g, Decorations d) {
        MapTree tree = g.tree();
        BranchProgress branches = new BranchProgress(tree, d::progress);
        return new Marking(-1, Set.of(), n -> {
            TopicId id = tree.id(n);
            boolean bar = g.isFolded(n) || tree.depth(n) == 1;
            return new TopicMarks(d.occurrences(id), d.progress(id), d.hasNote(id), bar ? branches.done(n) : 0,
                    tree.subtreeSize(n) - 1);
        });
    }

    /** Writes what the viewport shows as a PNG file (atomically), in the light style. */
    public static void png(MapGeometry g, Viewport view, Decorations decorations, Path file) throws IOException {
        png(g, view, decorations, MapStyle.LIGHT, file);
    }

    /** Writes what the viewport shows as a PNG file (atomically), in this style (the window's). */
    public static void png(MapGeometry g, Viewport view, Decorations decorations, MapStyle style, Path file)
            throws IOException {
        AtomicFile.write(file, pngBytes(render(g, view, decorations, style)));
        readableByAll(file);
    }

    /** Writes the whole map as a PNG file (atomically), framed by {@link #wholeMap}. */
    public static void png(MapGeometry g, Decorations decorations, Path file) throws IOException {
        png(g, wholeMap(g), decorations, file);
    }

    /** Writes what the viewport shows as an SVG file (atomically), in the light style. */
    public static void svg(MapGeometry g, Viewport view, Decorations decorations, Path file) throws IOException {
        svg(g, view, decorations, MapStyle.LIGHT, file);
    }

    /** Writes what the viewport shows as an SVG file (atomically), in this style (the window's). */
    public static void svg(MapGeometry g, Viewport view, Decorations decorations, MapStyle style, Path file)
            throws IOException {
        AtomicFile.write(file, svg(g, view, decorations, style).getBytes(StandardCharsets.UTF_8));
        readableByAll(file);
    }

    /** Writes the whole map as an SVG file (atomically), framed by {@link #wholeMap}. */
    public static void svg(MapGeometry g, Decorations decorations, Path file) throws IOException {
        svg(g, wholeMap(g), decorations, file);
    }

    /** The image encoded as PNG. */
    public static byte[] pngBytes(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("this Java has no PNG encoder");
        }
        return out.toByteArray();
    }

    /** Throws when an image of this size is empty or over the budget. */
    public static void checkSize(long width, long height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("an image must be 1 to " + MAX_SIDE + " pixels a side and at most "
                    + MAX_PIXELS / 1_000_000 + " megapixels, not " + width + " x " + height);
        }
    }

    /** A picture is for sharing: readable by others, like any file a program saves (the atomic write's temp file was private). */
    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to change: the picture is written all the same.
        }
    }

    private static int pixels(double side) {
        return (int) Math.max(1, Math.round(side));
    }
}
