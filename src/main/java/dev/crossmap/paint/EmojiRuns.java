package dev.crossmap.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a label into runs of emoji and of other text, so each run can be drawn with a font that has its
 * glyphs (JavaFX picks one font per text node, and neither it nor Java2D falls back per glyph to a font we
 * load): the window and the picture exports both use it. Pure: no toolkit needed. Emoji are the pictographs
 * of planes 1F000–1FAFF, the BMP characters shown as emoji by default (☕ ⚡ ✅ ⭐ …), any symbol followed by
 * the emoji selector U+FE0F (❤️), and keycaps (1️⃣); selectors, skin tones, joiners (U+200D) and tag
 * characters stay in the emoji they belong to.
 */
public final class EmojiRuns {
    /** A piece of a label: its text and whether it is drawn with the emoji font. */
    public record Run(String text, boolean emoji) {
    }

    private static final int VS16 = 0xFE0F;
    private static final int VS15 = 0xFE0E;
    private static final int ZWJ = 0x200D;
    private static final int KEYCAP = 0x20E3;

    /** BMP code points whose default presentation is emoji (Unicode's Emoji_Presentation), as closed ranges. */
    private static final int[] BMP_EMOJI = {
        0x231A, 0x231B, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615,
        0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE,
        0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
        0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C,
        0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF,
        0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
    };

    private EmojiRuns() {
    }

    /** Whether any emoji is in {@code s} from {@code from} (inclusive) to {@code to} (exclusive). */
    public static boolean hasEmoji(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x2300 && c != '#' && c != '*' && (c < '0' || c > '9') && c != 0xA9 && c != 0xAE
                    && (c < 0x2000 || c > 0x21FF)) {
                continue; // the common case, decided from one char
            }
            int cp = Character.codePointAt(s, i);
            int next = i + Character.charCount(cp) < to ? Character.codePointAt(s, i + Character.charCount(cp)) : -1;
            if (startsEmoji(s, i, to, cp, next)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds any emoji. */
    public static boolean hasEmoji(String s) {
        return hasEmoji(s, 0, s.length());
    }

    /** The runs of {@code s}, in order; concatenated they give {@code s} back. One text run when no emoji. */
    public static List<Run> split(String s) {
        List<Run> runs = new ArrayList<>();
        int runStart = 0;
        boolean inEmoji = false;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            int next = i + len < s.length() ? s.codePointAt(i + len) : -1;
            boolean emoji = inEmoji && continuesEmoji(cp) || startsEmoji(s, i, s.length(), cp, next);
            if (inEmoji && cp == ZWJ && next >= 0) {
                emoji = true; // a joiner inside a sequence (👩‍💻): the next code point joins this emoji too
            }
            if (emoji != inEmoji && i > runStart) {
                runs.add(new Run(s.substring(runStart, i), inEmoji));
                runStart = i;
            }
            inEmoji = emoji;
            i += len;
            if (emoji && cp == ZWJ && next >= 0) {
                i += Character.charCount(next);
            }
        }
        if (runStart < s.length()) {
            runs.add(new Run(s.substring(runStart), inEmoji));
        }
        return runs;
    }

    /** Marks that belong to the emoji before them: selectors, keycap, skin tones, tags. */
    private static boolean continuesEmoji(int cp) {
        return cp == VS16 || cp == VS15 || cp == KEYCAP || cp >= 0x1F3FB && cp <= 0x1F3FF
                || cp >= 0xE0020 && cp <= 0xE007F;
    }

    private static boolean startsEmoji(CharSequence s, int i, int to, int cp, int next) {
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return true;
        }
        if (cp >= '0' && cp <= '9' || cp == '#' || cp == '*') {
            // A keycap: digit, (selector), U+20E3.
            if (next == KEYCAP) {
                return true;
            }
            int after = i + 1 + 1 < to ? Character.codePointAt(s, i + 2) : -1;
            return next == VS16 && after == KEYCAP;
        }
        if (next == VS16 && (cp == 0xA9 || cp == 0xAE || cp >= 0x2000 && cp <= 0x3299)) {
            return true;
        }
        if (cp < 0x2300 || cp > 0x2BFF || next == VS15) {
            return false;
        }
        for (int r = 0; r < BMP_EMOJI.length; r += 2) {
            if (cp >= BMP_EMOJI[r] && cp <= BMP_EMOJI[r + 1]) {
                return true;
            }
        }
        return false;
    }
}
