package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.Importer;
import dev.crossmap.paint.MapFont;
import dev.crossmap.paint.MapStyle;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** An emoji at the start of a roadmap's title is drawn in exported pictures as its glyph, not left out or boxed. */
class EmojiPictureTest {
    private static final String BRAIN = "\ud83e\udde0";
    private static final String ROADMAP = "# " + BRAIN + " Backend Mastery\n- Memory\n- Caching\n";

    @Test
    void theBundledEmojiFontIsFoundAndMeasuresTheEmojiAsAWideGlyph() {
        assertTrue(AwtEmoji.font().isPresent(), "the build puts the emoji font at " + AwtEmoji.RESOURCE);
        AwtTextMeasure measure = new AwtTextMeasure();
        double with = measure.lineWidth(BRAIN + " Backend", 1);
        double without = measure.lineWidth(" Backend", 1);
        // the emoji font's brain is about 1.25 em wide; a glyph the text font lacks measured ~0.6 em or nothing
        assertTrue(with - without > 0.9 * LabelSize.ROADMAP, "the emoji adds " + (with - without) + " px");
    }

    @Test
    void aPngOfARoadmapWhoseTitleStartsWithAnEmojiHasTheEmojiInk() throws Exception {
        Roadmap r = new Importer().importBytes("mastery.md", ROADMAP.getBytes(StandardCharsets.UTF_8)).roadmap();
        MapGeometry g = new MindMapLayout(MapTree.of("Crossmap", List.of(r)), new AwtTextMeasure(), Spacing.DEFAULT)
                .layout(Set.of());
        Viewport v = MapImage.wholeMap(g);
        MapStyle style = MapStyle.LIGHT;
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(MapImage.pngBytes(MapImage.render(g, v,
                Decorations.NONE, style))));
        int node = g.tree().roadmapNode(0);
        Point at = v.toScreen(g.x(node) + g.spacing().padX(), g.y(node));
        double emoji = AwtEmoji.width(BRAIN, new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) LabelSize.ROADMAP),
                AwtTextMeasure.CONTEXT) * v.scale();
        Color fill = new Color(style.roadmap(0));
        int ink = 0;
        for (int y = (int) at.y(); y < at.y() + g.height(node) * v.scale(); y++) {
            for (int x = (int) Math.ceil(at.x()); x < at.x() + emoji; x++) {
                ink += far(new Color(img.getRGB(x, y)), fill) ? 1 : 0;
            }
        }
        assertTrue(ink > 30, "where the emoji is, the title box has " + ink + " pixels of ink");
        // and the title's words start after it and a space (an emoji left out would put "Backend" there)
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) LabelSize.ROADMAP);
        double space = bold.getStringBounds(" ", AwtTextMeasure.CONTEXT).getWidth() * v.scale();
        int gap = 0;
        for (int y = (int) at.y(); y < at.y() + g.height(node) * v.scale(); y++) {
            for (int x = (int) Math.ceil(at.x() + emoji + 0.5); x < at.x() + emoji + space - 0.5; x++) {
                gap += far(new Color(img.getRGB(x, y)), fill) ? 1 : 0;
            }
        }
        assertTrue(gap <= 2, "between the emoji and the words is a space: " + gap + " pixels of ink there");
    }

    @Test
    void theEmojiIsItsGlyphNotTheBoxOfAMissingOne() {
        MapFont font = MapFont.bold(40);
        boolean[] brain = ink(c -> new Java2dCanvas(c).label(new String[] {BRAIN}, 10, 60, 50, font, 0xff000000));
        // U+E000 has a glyph in no font here: Java2D draws the missing-glyph box for it
        boolean[] box = ink(c -> {
            c.setFont(Java2dCanvas.awt(font, new java.util.HashMap<>()));
            c.setColor(Color.BLACK);
            c.drawString("\ue000", 10f, 60f);
        });
        int both = 0;
        int either = 0;
        int inBrain = 0;
        for (int i = 0; i < brain.length; i++) {
            both += brain[i] && box[i] ? 1 : 0;
            either += brain[i] || box[i] ? 1 : 0;
            inBrain += brain[i] ? 1 : 0;
        }
        assertTrue(inBrain > 100, "the emoji is drawn: " + inBrain + " pixels");
        assertTrue(both < 0.5 * either, "and it is not the missing glyph's box: " + both + " of " + either + " pixels shared");
    }

    private static boolean[] ink(java.util.function.Consumer<Graphics2D> draw) {
        BufferedImage img = new BufferedImage(80, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 80, 80);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        draw.accept(g);
        g.dispose();
        boolean[] ink = new boolean[80 * 80];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = (img.getRGB(i % 80, i / 80) & 0xff) < 128;
        }
        return ink;
    }

    private static boolean far(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) > 90;
    }

    /** The font sizes labels are measured at (see LabelMeasure.baseSize). */
    private static final class LabelSize {
        static final double ROADMAP = dev.crossmap.paint.LabelMeasure.baseSize(1);
    }
}
