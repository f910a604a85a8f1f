package dev.crossmap.outline;

/**
 * The one rule for white space in labels and notes, whatever the format: every kind of space (tabs, line
 * breaks, no-break and narrow spaces, the Unicode space separators) counts as one space, runs of them become
 * one, the ends are trimmed, and characters a reader cannot see (zero-width space, byte-order mark, soft
 * hyphen, word joiner) go. A no-break hyphen becomes a plain one. Zero-width joiners stay: emoji and some
 * scripts need them.
 */
final class Whitespace {
    private Whitespace() {
    }

    /** Whether a reader sees this character as a space. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether this character is invisible formatting that only gets in the way of reading and comparing. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    /** The text on one line: spaces as the rule above says, trimmed. */
    static String oneLine(CharSequence s) {
        if (isClean(s)) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == '\u2011' ? '-' : c);
        }
        return out.toString();
    }

    /** Whether {@link #oneLine} would return the text unchanged (most labels): checked without copying. */
    private static boolean isClean(CharSequence s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < n && s.charAt(i + 1) == ' ' : c == '\u2011' || isInvisible(c) || isSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
