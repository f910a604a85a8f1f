package dev.crossmap.outline;

import dev.crossmap.model.TopicMeta;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clean label and the metadata taken out of it. {@code **Foundations** (10 h)} becomes
 * {@code Foundations} with 10 hours; {@code Phase 1: Deep Dive (Weeks 1-4)} becomes {@code Phase 1: Deep Dive}
 * with the span weeks 1–4. Inline Markdown is removed ({@link InlineMarkup}), a trailing colon and a final
 * full stop are dropped (not the one of {@code etc.}).
 *
 * @param text the label a reader sees; may be empty when the line had no text
 * @param meta hours and span found in the line
 */
record TopicLabel(String text, TopicMeta meta) {
    private static final Pattern HOURS = Pattern.compile(
            "\\(\\s*~?(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*(?:h|hrs?|hours?)\\.?\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN = Pattern.compile(
            "\\(\\s*((weeks?|months?|days?|years?)\\s+(\\d{1,4})(?:\\s*(?:-|\u2013|\u2014|to)\\s*(\\d{1,4}))?)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** {@code (3-4 months)}, {@code (2 weeks)}: how long, written number first. */
    private static final Pattern DURATION = Pattern.compile(
            "\\(\\s*((\\d{1,4})(?:\\s*(?:-|\u2013|\u2014|to)\\s*(\\d{1,4}))?\\s+(weeks?|months?|days?|years?))\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    public TopicLabel {
        meta = meta == null ? TopicMeta.NONE : meta;
    }

    /** The label of one line of Markdown (list marker and checkbox already removed). */
    public static TopicLabel of(String markdown) {
        String plain = InlineMarkup.plain(markdown);
        TopicMeta meta = TopicMeta.NONE;
        if (plain.indexOf('(') >= 0) {
            Matcher h = HOURS.matcher(plain);
            if (h.find()) {
                meta = meta.withHours(Double.parseDouble(h.group(1).replace(',', '.')));
                plain = h.replaceAll(" ");
            }
            Matcher d = DURATION.matcher(plain);
            if (d.find()) {
                meta = meta.withSpan(span(d, 4, 2, 3));
                plain = d.replaceAll(" ");
            }
            Matcher s = SPAN.matcher(plain);
            if (s.find()) {
                meta = meta.withSpan(span(s, 2, 3, 4));
                plain = s.replaceAll(" ");
            }
            plain = Whitespace.oneLine(plain);
        }
        return new TopicLabel(tidy(Numbering.strip(plain.strip())), meta);
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

    /** The span a match found: group 1 the text as written, then the unit, the first and the (optional) last. */
    private static TopicMeta.Span span(Matcher m, int unitGroup, int fromGroup, int toGroup) {
        int from = Integer.parseInt(m.group(fromGroup));
        int to = m.group(toGroup) == null ? from : Integer.parseInt(m.group(toGroup));
        String unit = m.group(unitGroup).toLowerCase(Locale.ROOT);
        unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return new TopicMeta.Span(unit, from, to, m.group(1));
    }
}
