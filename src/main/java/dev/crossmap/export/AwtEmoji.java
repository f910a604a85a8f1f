package dev.crossmap.export;

import dev.crossmap.paint.EmojiRuns;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Text with emoji for Java2D pictures: the emoji runs of a label ({@link EmojiRuns}) drawn and measured in the
 * monochrome Noto Emoji font that the build puts in the module for the window (packaging/fetch-emoji-font.sh),
 * the rest in the text font. Java2D's logical fonts have no emoji, so without this 🧠 comes out as nothing
 * or an empty box. A build without the font draws the text font only, as before.
 */
final class AwtEmoji {
    /** Where the build puts the font: the window's package, read here as a resource of the same module. */
    static final String RESOURCE = "/dev/crossmap/ui/NotoEmoji-Regular.ttf";
    /** The emoji font by size: deriving a font is not free and a map draws many labels at a few sizes. */
    private static final java.util.Map<Float, Font> SIZED = new java.util.concurrent.ConcurrentHashMap<>();

    private AwtEmoji() {
    }

    /** Loaded on the first label with an emoji: a map without any never reads the font. */
    private static final class Loaded {
        static final Optional<Font> FONT = load();
    }

    /** The emoji font at size 1, or empty when this build has none. */
    static Optional<Font> font() {
        return Loaded.FONT;
    }

    /** Whether {@code s} has runs drawn in the emoji font (so its width is not the text font's). */
    static boolean hasEmoji(String s, int from, int to) {
        return EmojiRuns.hasEmoji(s, from, to) && Loaded.FONT.isPresent();
    }

    /** How wide {@code s} is drawn: text runs in {@code text}, emoji runs in the emoji font at its size. */
    static double width(String s, Font text, FontRenderContext frc) {
        if (!hasEmoji(s, 0, s.length())) {
            return text.getStringBounds(s, frc).getWidth();
        }
        double w = 0;
        for (EmojiRuns.Run r : EmojiRuns.split(s)) {
            w += fontOf(r, text).getStringBounds(shown(r, text), frc).getWidth();
        }
        return w;
    }

    /** Draws {@code s} from ({@code x}, {@code baseline}) run by run; returns the width drawn. */
    static double draw(Graphics2D g, String s, double x, double baseline, Font text) {
        if (!hasEmoji(s, 0, s.length())) {
            String shown = Java2dCanvas.displayable(s, text);
            g.setFont(text);
            g.drawString(shown, (float) x, (float) baseline);
            return text.getStringBounds(shown, g.getFontRenderContext()).getWidth();
        }
        double at = x;
        for (EmojiRuns.Run r : EmojiRuns.split(s)) {
            Font f = fontOf(r, text);
            String shown = shown(r, text);
            g.setFont(f);
            g.drawString(shown, (float) at, (float) baseline);
            at += f.getStringBounds(shown, g.getFontRenderContext()).getWidth();
        }
        return at - x;
    }

    private static Font fontOf(EmojiRuns.Run r, Font text) {
        return r.emoji() ? SIZED.computeIfAbsent(text.getSize2D(), Loaded.FONT.orElseThrow()::deriveFont) : text;
    }

    /** The run without what its font cannot show (selectors, joiners: the emoji font draws the base glyphs). */
    private static String shown(EmojiRuns.Run r, Font text) {
        return r.emoji() ? keep(r.text(), Loaded.FONT.orElseThrow()) : Java2dCanvas.displayable(r.text(), text);
    }

    private static String keep(String s, Font f) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(f::canDisplay).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static Optional<Font> load() {
        try (InputStream in = AwtEmoji.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException | FontFormatException e) {
            return Optional.empty();
        }
    }
}
