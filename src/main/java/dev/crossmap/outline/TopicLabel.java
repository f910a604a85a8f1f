package dev.crossmap.outline;

import dev.crossmap.model.TopicMeta;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A clean label and the metadata taken out of it. {@code **Foundations** (10 h)} becomes
 * {@code Foundations} with 10 hours; {@code Phase 1: Deep Dive (Weeks 1-4)} becomes {@code Phase 1: Deep Dive}
 * with the span weeks 1–4 ({@link TimeEstimate}). Inline Markdown is removed ({@link InlineMarkup}), a
 * trailing colon and a final full stop are dropped (not the one of {@code etc.}).
 *
 * @param text the label a reader sees; may be empty when the line had no text
 * @param meta hours and span found in the line
 */
record TopicLabel(String text, TopicMeta meta) {
    /** A leading word or number whose following {@code .}, {@code )} or {@code :} is backslash-escaped. */
    private static final Pattern ESCAPED_NUMBER = Pattern.compile("\\s*\\[?\\(?[\\p{L}\\p{N}]{1,12}\\\\[.):]");

    public TopicLabel {
        meta = meta == null ? TopicMeta.NONE : meta;
    }

    /** The label of one line of Markdown (list marker and checkbox already removed). */
    public static TopicLabel of(String markdown) {
        TimeEstimate.Found found = TimeEstimate.in(InlineMarkup.plain(markdown));
        String plain = found.text().strip();
        // "1\. Intro" escapes what would be numbering: the author (or our export) wrote it as text
        boolean literal = ESCAPED_NUMBER.matcher(markdown).lookingAt();
        return new TopicLabel(tidy(literal ? plain : Numbering.strip(plain)), found.meta());
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Drops what ends a sentence or introduces a list but is not part of the name. */
    static String tidy(String s) {
        String t = s.strip();
        if (t.endsWith("**") && t.indexOf("**") == t.length() - 2) {
            t = t.substring(0, t.length() - 2).strip(); // "**Work Tracking**:**": a stray closing marker
        }
        while (!t.isEmpty()) {
            char last = t.charAt(t.length() - 1);
            if (last == ':' || last == ',' || last == ';' || last == '\u2014' || last == '\u2013'
                    || last == '-' && t.length() > 1 && t.charAt(t.length() - 2) == ' ') {
                t = t.substring(0, t.length() - 1).strip();
            } else if (last == '.' && keepsFullStop(t)) {
                break;
            } else if (last == '.') {
                t = t.substring(0, t.length() - 1).strip();
                break;
            } else {
                break;
            }
        }
        return t;
    }

    /** "etc.", "e.g.", "vs." and an ellipsis keep their dot. */
    private static boolean keepsFullStop(String t) {
        if (t.endsWith("..")) {
            return true;
        }
        int space = t.lastIndexOf(' ');
        String word = t.substring(space + 1, t.length() - 1).toLowerCase(Locale.ROOT);
        return word.equals("etc") || word.equals("vs") || word.equals("e.g") || word.equals("i.e")
                || word.equals("al") || word.equals("approx") || word.isEmpty();
    }
}
