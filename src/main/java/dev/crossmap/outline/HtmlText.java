package dev.crossmap.outline;

import java.util.Locale;
import java.util.Set;

/**
 * The readable text of a snippet of HTML, as outliners store it in labels (OPML {@code text} attributes):
 * tags dropped, character references decoded ({@link HtmlEntities}), white space as {@link Whitespace} says.
 * A {@code <} that does not open a tag stays as written ("a < b").
 */
final class HtmlText {
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
            return Whitespace.oneLine(html);
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
                int after = HtmlEntities.decodeAt(html, i, sb);
                if (after < 0) {
                    sb.append('&');
                    i++;
                } else {
                    i = after;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return Whitespace.oneLine(sb);
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
}
