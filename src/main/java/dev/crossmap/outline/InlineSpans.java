package dev.crossmap.outline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the links and code spans of one line of Markdown are, so separators inside them ({@code [1.1 A - B](u)},
 * {@code `a // b`}) are never read as the line's own. One pass with a bracket stack; every target scan stops
 * at a space or bracket, so hostile lines cost linear time.
 */
final class InlineSpans {
    /**
     * A link {@code [text](url)}.
     *
     * @param start index of its {@code [}
     * @param text  the link text, as Markdown
     * @param url   the target, without a title
     * @param end   index just after its {@code )}
     */
    record Link(int start, String text, String url, int end) {
    }

    private final String s;
    private final boolean[] hidden;
    private final List<Link> links = new ArrayList<>();

    InlineSpans(String s) {
        this.s = s;
        boolean markup = s.indexOf('[') >= 0 || s.indexOf('`') >= 0;
        this.hidden = markup ? new boolean[s.length()] : null;
        if (markup) {
            scan();
        }
    }

    /** Links in the order written (images excluded). */
    List<Link> links() {
        return links;
    }

    /** Whether {@code i} lies inside a link, an image or a code span. */
    boolean hidden(int i) {
        return hidden != null && hidden[i];
    }

    /** The link that starts at {@code i}, or null. */
    Link linkAt(int i) {
        for (Link l : links) {
            if (l.start() == i) {
                return l;
            }
        }
        return null;
    }

    private void scan() {
        int n = s.length();
        int[] open = new int[16];
        int depth = 0;
        boolean[] unclosed = new boolean[64];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                int run = run(i);
                int close = run < unclosed.length && unclosed[run] ? -1 : closingRun(i + run, run);
                if (close < 0) {
                    if (run < unclosed.length) {
                        unclosed[run] = true;
                    }
                    i += run - 1;
                } else {
                    Arrays.fill(hidden, i, close + run, true);
                    i = close + run - 1;
                }
            } else if (c == '[') {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = i;
            } else if (c == ']' && depth > 0) {
                int start = open[--depth];
                int end = i + 1 < n && s.charAt(i + 1) == '(' ? targetEnd(i + 1) : -1;
                if (end > 0) {
                    boolean image = start > 0 && s.charAt(start - 1) == '!';
                    Arrays.fill(hidden, image ? start - 1 : start, end, true);
                    if (!image && depth == 0) {
                        links.add(new Link(start, s.substring(start + 1, i), url(s.substring(i + 2, end - 1)), end));
                    }
                    i = end - 1;
                }
            }
        }
    }

    /** Index just after the {@code )} that closes the target opened at {@code i}, or -1. */
    private int targetEnd(int i) {
        int depth = 0;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k + 1;
            } else if (c == '[' || c == ']' || c == ' ' && k > i + 1 && s.charAt(k - 1) != '(' && !title(k)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean title(int space) {
        int k = space;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k < s.length() && (s.charAt(k) == '"' || s.charAt(k) == '\'');
    }

    private static String url(String target) {
        String t = target.strip();
        int space = t.indexOf(' ');
        t = space < 0 ? t : t.substring(0, space);
        return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
    }

    private int run(int i) {
        int k = i;
        while (k < s.length() && s.charAt(k) == '`') {
            k++;
        }
        return k - i;
    }

    private int closingRun(int from, int run) {
        int k = s.indexOf('`', from);
        while (k >= 0) {
            int length = run(k);
            if (length == run) {
                return k;
            }
            k = s.indexOf('`', k + length);
        }
        return -1;
    }
}
