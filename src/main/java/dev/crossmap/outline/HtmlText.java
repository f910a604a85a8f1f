package dev.crossmap.outline;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The readable text of a snippet of HTML, as outliners store it in labels (OPML {@code text} attributes):
 * tags dropped, character references decoded, runs of white space (including no-break spaces) made one
 * space. A {@code <} that does not open a tag stays as written ("a < b").
 */
final class HtmlText {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("bull", "\u2022"), Map.entry("middot", "\u00B7"), Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("rarr", "\u2192"),
            Map.entry("larr", "\u2190"), Map.entry("times", "\u00D7"), Map.entry("eacute", "\u00E9"));

    /** Tags that break a line when rendered; inline tags ({@code <b>}, {@code <a>}) join their text. */
    static final Set<String> BLOCKS = Set.of("br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "pre", "dd", "dt", "body", "html");

    /** The tags outliners write into labels; anything else in angle brackets is text ("<dave@host>"). */
    private static final Set<String> TAGS = Set.of("a", "b", "i", "u", "s", "em", "strong", "code", "span",
            "small", "big", "sub", "sup", "font", "img", "mark", "del", "ins", "kbd", "abbr", "cite", "q", "tt",
            "strike", "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1",
            "h2", "h3", "h4", "h5", "h6", "hr", "blockquote", "pre", "dd", "dt", "dl", "body", "html", "head");

    private HtmlText() {
    }

    /** The text a reader of the rendered HTML would see, on one line. */
    static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return oneLine(html);
        }
        StringBuilder sb = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        // A '<' after the last '>' (or "<!--" after the last "-->") opens nothing: checked without scanning,
        // so a long label full of '<' stays linear.
        int lastClose = html.lastIndexOf('>');
        int lastCommentClose = html.lastIndexOf("-->");
        while (i < n) {
            char c = html.charAt(i);
            int end = -1;
            if (c == '<' && i < lastClose && opensTag(html, i)) {
                boolean comment = html.startsWith("<!--", i);
                end = !comment ? html.indexOf('>', i + 1)
                        : i + 4 <= lastCommentClose ? html.indexOf("-->", i + 4) + 2 : -1;
            }
            if (end >= 0) {
                if (isBlock(html, i + 1, end)) {
                    sb.append(' ');
                }
                i = end + 1;
            } else if (c == '&') {
                i = appendReference(html, i, sb);
            } else {
                sb.append(c);
                i++;
            }
        }
        return oneLine(sb);
    }

    /** Collapses every run of white space, no-break spaces included, into one space, and trims. */
    static String oneLine(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isBlock(String s, int from, int end) {
        int i = from < end && s.charAt(from) == '/' ? from + 1 : from;
        int j = i;
        while (j < end && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        return BLOCKS.contains(s.substring(i, j).toLowerCase(Locale.ROOT));
    }

    /** Whether the {@code <} at {@code i} opens a known HTML tag or a comment, not "a < b" or "<name@host>". */
    private static boolean opensTag(String s, int i) {
        if (s.startsWith("<!--", i)) {
            return true;
        }
        int from = i + 1 < s.length() && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
        int j = from;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j)) && j - from < 12) {
            j++;
        }
        if (j == from || j >= s.length()) {
            return false;
        }
        char after = s.charAt(j);
        boolean ends = after == '>' || after == '/' || Character.isWhitespace(after);
        return ends && TAGS.contains(s.substring(from, j).toLowerCase(Locale.ROOT));
    }

    /** Decodes the reference at {@code amp} into {@code sb}; returns where to go on. */
    private static int appendReference(String s, int amp, StringBuilder sb) {
        int semi = amp + 1;
        while (semi < s.length() && semi - amp <= 12 && s.charAt(semi) != ';') {
            semi++;
        }
        if (semi >= s.length() || s.charAt(semi) != ';') {
            sb.append('&');
            return amp + 1;
        }
        String ref = s.substring(amp + 1, semi);
        if (ref.startsWith("#")) {
            int cp = codePoint(ref);
            if (cp >= 0) {
                sb.appendCodePoint(cp);
                return semi + 1;
            }
        } else if (NAMED.containsKey(ref)) {
            sb.append(NAMED.get(ref));
            return semi + 1;
        }
        sb.append('&');
        return amp + 1;
    }

    private static int codePoint(String ref) {
        try {
            boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
            int cp = hex ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
            return Character.isValidCodePoint(cp) && cp != 0 ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
