package dev.crossmap.outline;

import java.util.regex.Pattern;

/**
 * Turns one line of Markdown inline syntax into the plain text a reader sees: emphasis ({@code **bold**},
 * {@code _em_}) and code spans lose their delimiters, links keep their text, images, HTML tags and
 * {@code :contentReference[oaicite:N]{index=N}} artefacts disappear, character references are decoded
 * ({@link HtmlEntities}) and white space is tidied as everywhere else ({@link Whitespace}).
 *
 * <p>Stars and underscores follow CommonMark's flanking rules, so literal ones stay: {@code **kwargs},
 * {@code f(*args, **kwargs)} and {@code select_related} keep their characters, and so do Python dunder names
 * such as {@code __init__}, which GitHub would wrongly render bold but every author means literally (so a
 * single word between double underscores, {@code __word__}, is read as such a name, not as bold).
 * Works in one pass over the text plus a pairing pass over the delimiter runs; no recursion.
 */
public final class InlineMarkup {
    /** No line of a real outline is longer; cutting keeps every step below linear in practice. */
    static final int LONGEST_LINE = 10_000;
    private static final Pattern ARTEFACT = Pattern.compile(":?contentReference\\[oaicite:\\d+]\\{index=\\d+}");
    private static final Pattern TAG = Pattern.compile("(?i)</?(?:a|abbr|b|big|blockquote|br|center|code|del|details"
            + "|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|s|small|span|strike|strong|sub|summary|sup"
            + "|table|td|th|tr|tt|u|ul)(?:\\s[^<>]*)?/?>");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^<>\\s]+)>");

    private InlineMarkup() {
    }

    /** The plain text of one line of Markdown. */
    public static String plain(String markdown) {
        String s = markdown.length() > LONGEST_LINE ? markdown.substring(0, LONGEST_LINE) : markdown;
        if (s.indexOf("contentReference") >= 0) {
            s = ARTEFACT.matcher(s).replaceAll("");
        }
        if (s.indexOf('<') >= 0) {
            s = withoutComments(s);
            s = AUTOLINK.matcher(TAG.matcher(s).replaceAll("")).replaceAll("$1");
        }
        if (hasAny(s, "[`\\")) {
            s = resolveLinksAndCode(s);
        }
        s = hasAny(s, "*_") ? new Emphasis(s).strip() : unmask(s);
        return Whitespace.oneLine(HtmlEntities.decode(s));
    }

    /**
     * Code spans, escapes, links and images. Returns text in which every remaining {@code *} or {@code _}
     * that may be emphasis is still present; literal ones from code or escapes are masked as U+E000/U+E001.
     */
    private static String resolveLinksAndCode(String s) {
        int n = s.length();
        int[] linkEnd = new int[n]; // for a ']' that closes link text: index after the ')' of its target
        int[] closeOf = new int[n]; // for a '[' that opens link text: its ']'
        boolean[] linkStart = new boolean[n];
        boolean[] image = new boolean[n];
        int[] open = new int[16];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                if (depth == open.length) {
                    open = java.util.Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = i;
            } else if (c == ']' && depth > 0) {
                int start = open[--depth];
                int end = targetEnd(s, i + 1);
                if (end < 0 && start > 0 && s.charAt(start - 1) == '!') {
                    end = i + 1; // "![✔]": a shortcut reference image, defined elsewhere in the file
                }
                if (end > 0) {
                    linkStart[start] = true;
                    closeOf[start] = i;
                    linkEnd[i] = end;
                    image[start] = start > 0 && s.charAt(start - 1) == '!';
                }
            }
        }
        StringBuilder out = new StringBuilder(n);
        boolean[] unclosed = new boolean[64];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1))) {
                out.append(mask(s.charAt(++i)));
            } else if (c == '`') {
                int run = runLength(s, i, '`');
                int close = run < unclosed.length && unclosed[run] ? -1 : closingRun(s, i + run, run);
                if (close < 0) {
                    if (run < unclosed.length) {
                        unclosed[run] = true; // no later run of this length closes either
                    }
                    i += run - 1; // an unmatched backtick is noise in a label
                } else {
                    String code = s.substring(i + run, close);
                    for (int k = 0; k < code.length(); k++) {
                        out.append(mask(code.charAt(k)));
                    }
                    i = close + run - 1;
                }
            } else if (c == '!' && i + 1 < n && linkStart[i + 1] && image[i + 1]) {
                i = linkEnd[closeOf[i + 1]] - 1; // images are not text
            } else if (c == '[' && linkStart[i]) {
                // the link text stays; its target is skipped when the closing bracket comes
                continue;
            } else if (c == ']' && linkEnd[i] > 0) {
                i = linkEnd[i] - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** If {@code (url)} or {@code [ref]} starts at {@code i}, the index just after it, else -1. */
    private static int targetEnd(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        char open = s.charAt(i);
        char close = open == '(' ? ')' : open == '[' ? ']' : 0;
        if (close == 0) {
            return -1;
        }
        int depth = 0;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return k + 1;
            } else if (open == '(' && c == ' ' && s.charAt(k - 1) != '(' && !startsTitle(s, k)) {
                return -1; // a URL has no spaces: this is prose in parentheses
            }
        }
        return -1;
    }

    private static boolean startsTitle(String s, int space) {
        int k = space;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k < s.length() && (s.charAt(k) == '"' || s.charAt(k) == '\'');
    }

    /** Start of the next backtick run of exactly {@code run} characters at or after {@code from}, or -1. */
    private static int closingRun(String s, int from, int run) {
        int k = s.indexOf('`', from);
        while (k >= 0) {
            int length = runLength(s, k, '`');
            if (length == run) {
                return k;
            }
            k = s.indexOf('`', k + length);
        }
        return -1;
    }

    /** Drops HTML comments; an unclosed one runs to the end of the line. */
    private static String withoutComments(String s) {
        int open = s.indexOf("<!--");
        if (open < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (open >= 0) {
            out.append(s, i, open);
            int close = s.indexOf("-->", open + 4);
            i = close < 0 ? s.length() : close + 3;
            open = close < 0 ? -1 : s.indexOf("<!--", i);
        }
        return out.append(s, i, s.length()).toString();
    }

    private static int runLength(String s, int i, char c) {
        int k = i;
        while (k < s.length() && s.charAt(k) == c) {
            k++;
        }
        return k - i;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    /** Masks characters that must not be read as emphasis later. */
    private static char mask(char c) {
        return c == '*' ? '\uE000' : c == '_' ? '\uE001' : c;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String unmask(CharSequence s) {
        if (s.chars().noneMatch(c -> c == '\uE000' || c == '\uE001')) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\uE000' ? '*' : c == '\uE001' ? '_' : c);
        }
        return b.toString();
    }

    /** CommonMark emphasis, simplified: delimiter runs of * and _ are paired by flanking rules and removed. */
    private static final class Emphasis {
        private final String s;
        private final boolean[] drop;

        Emphasis(String s) {
            this.s = s;
            this.drop = new boolean[s.length()];
        }

        String strip() {
            int n = s.length();
            int[] start = new int[8]; // open delimiter runs, innermost last
            int[] len = new int[8];
            int count = 0;
            for (int i = 0; i < n; ) {
                char c = s.charAt(i);
                if (c != '*' && c != '_') {
                    i++;
                    continue;
                }
                int run = runLength(s, i, c);
                char before = i == 0 ? ' ' : s.charAt(i - 1);
                char after = i + run >= n ? ' ' : s.charAt(i + run);
                boolean left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
                boolean right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
                boolean canOpen = c == '*' ? left : left && (!right || isPunct(before));
                boolean canClose = c == '*' ? right : right && (!left || isPunct(after));
                int remaining = run;
                int k = canClose ? count - 1 : -1;
                int bottom = Math.max(0, count - 64); // an opener further back is not this closer's pair in any real line
                while (k >= bottom && remaining > 0) {
                    if (s.charAt(start[k]) != c) {
                        k--;
                        continue;
                    }
                    int closeAt = i + run - remaining;
                    if (c == '_' && len[k] >= 2 && remaining >= 2 && isDunder(start[k] + len[k], closeAt)) {
                        break;
                    }
                    int use = Math.min(Math.min(len[k], remaining), 2);
                    markDropped(start[k] + len[k] - use, use);
                    markDropped(closeAt, use);
                    len[k] -= use;
                    remaining -= use;
                    count = len[k] > 0 ? k + 1 : k; // runs opened inside the pair stay literal
                    k = count - 1;
                }
                if (remaining > 0 && canOpen) {
                    if (count == start.length) {
                        start = java.util.Arrays.copyOf(start, count * 2);
                        len = java.util.Arrays.copyOf(len, count * 2);
                    }
                    start[count] = i + run - remaining;
                    len[count] = remaining;
                    count++;
                }
                i += run;
            }
            StringBuilder out = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                if (!drop[i]) {
                    out.append(s.charAt(i));
                }
            }
            return unmask(out);
        }

        private boolean isDunder(int from, int to) {
            if (from >= to) {
                return false;
            }
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (!(Character.isLetterOrDigit(c) || c == '_')) {
                    return false;
                }
            }
            return true;
        }

        private void markDropped(int from, int count) {
            for (int k = from; k < from + count; k++) {
                drop[k] = true;
            }
        }

        private static boolean isSpace(char c) {
            return Whitespace.isSpace(c);
        }

        private static boolean isPunct(char c) {
            if (c < 128) {
                return isAsciiPunctuation(c);
            }
            int t = Character.getType(c);
            return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                    || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                    || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                    || t == Character.OTHER_PUNCTUATION;
        }
    }
}
