package dev.crossmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The monochrome Noto Emoji font (SIL OFL 1.1) that the build fetches into the module
 * (packaging/fetch-emoji-font.sh), loaded once on first use. Without it (a build that could not fetch it)
 * emoji fall back to the text font, as before.
 */
final class EmojiFont {
    static final String RESOURCE = "NotoEmoji-Regular.ttf";
    private static Optional<String> family;

    private EmojiFont() {
    }

    /** The loaded font's family name, or empty when the font is not in this build. */
    static synchronized Optional<String> family() {
        if (family == null) {
            family = load();
        }
        return family;
    }

    /** The emoji font at {@code size}; the text font {@code fallback} when the emoji font is missing. */
    static Font at(double size, Font fallback) {
        return family().map(f -> Font.font(f, size)).orElse(fallback);
    }

    private static Optional<String> load() {
        try (InputStream in = EmojiFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Font f = Font.loadFont(in, 12);
            return f == null ? Optional.empty() : Optional.of(f.getFamily());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
