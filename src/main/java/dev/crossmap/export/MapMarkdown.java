package dev.crossmap.export;

import dev.crossmap.model.Progress;
import dev.crossmap.model.WebLink;

/**
 * The whole map as Markdown that Crossmap's own reader (and GitHub) read back as the same outline:
 * <pre>
 * # Crossmap
 *
 * - Backend roadmap
 *   - [x] [Idempotency](https://example.org/idem) (4 h) (Weeks 1-2) **Core**
 *     &gt; The author's note, one paragraph a line.
 *     &gt;
 *     &gt; The learner's note, as Markdown.
 *     &gt; Links: [Docs](https://example.org/docs)
 *     - Keys
 * </pre>
 * Two spaces of indentation per level. Progress is a checkbox ({@code [x]} done, {@code [ ]} any other
 * status: Markdown has no third state). The first untitled link wraps the label; tags follow as
 * {@code **Tag**} at the end of the line, after hours and span. Notes, and links with a title of their own,
 * are quoted under the item, so lists inside a note never become topics. Labels and the author's notes are
 * escaped so that the reader gives back exactly the text (see {@link #escape}). Written without recursion.
 */
public final class MapMarkdown {
    private MapMarkdown() {
    }

    /** The Markdown text. */
    public static String of(MapOutline outline) {
        StringBuilder sb = new StringBuilder(outline.entries().size() * 60 + 64);
        sb.append("# ").append(escape(outline.title())).append("\n\n");
        for (MapOutline.Entry e : outline.entries()) {
            String pad = "  ".repeat(e.depth());
            sb.append(pad).append("- ");
            e.progress().ifPresent(p -> sb.append(p == Progress.DONE ? "[x] " : "[ ] "));
            WebLink wrapped = e.links().stream()
                    .filter(l -> l.title().isEmpty() || l.title().equals(e.label())).findFirst().orElse(null);
            if (wrapped != null) {
                sb.append('[').append(escape(e.label())).append("](").append(url(wrapped.url())).append(')');
            } else {
                sb.append(escape(e.label()));
            }
            e.meta().hoursText().ifPresent(h -> sb.append(" (").append(h).append(" h)"));
            e.meta().span().ifPresent(s -> sb.append(" (").append(s.text()).append(')'));
            e.meta().timestamp().ifPresent(t -> sb.append(" (").append(t).append(')'));
            for (String tag : e.tags()) {
                sb.append(" **").append(escape(tag)).append("**");
            }
            sb.append('\n');
            String quote = pad + "  >";
            boolean any = false;
            for (String line : e.authorNote().strip().split("\\R")) {
                if (!line.isBlank()) {
                    any = separate(sb, quote, any);
                    sb.append(quote).append(' ').append(escape(line.strip())).append('\n');
                }
            }
            if (!e.userNote().isBlank()) {
                any = separate(sb, quote, any);
                for (String line : e.userNote().strip().split("\\R", -1)) {
                    sb.append(quote).append(line.isBlank() ? "" : " " + line.stripTrailing()).append('\n');
                }
            }
            StringBuilder titled = new StringBuilder();
            for (WebLink l : e.links()) {
                if (l != wrapped) {
                    titled.append(titled.length() > 0 ? " · " : "").append('[').append(escape(l.shownText()))
                          .append("](").append(url(l.url())).append(')');
                }
            }
            if (titled.length() > 0) {
                separate(sb, quote, any);
                sb.append(quote).append(" Links: ").append(titled).append('\n');
            }
        }
        return sb.toString();
    }

    /** An empty quote line between paragraphs: each line of a note stays a line of its own on re-reading. */
    private static boolean separate(StringBuilder sb, String quote, boolean any) {
        if (any) {
            sb.append(quote).append('\n');
        }
        return true;
    }

    /** A link target with its spaces and parentheses encoded, so the link never ends early. */
    static String url(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }

    /**
     * Text written so that Markdown readers show it as it is: markup characters are backslash-escaped
     * ({@code \*}, {@code \[} …), {@code &} and {@code <} are written as entities (an escaped {@code <b>} would
     * still be dropped as a tag), a colon before an explanation or a list as {@code &#58;} (so
     * "Caching: reads, writes" is never read as a label with a list after it, while "Phase 1: Databases" stays
     * readable), numbering and list markers at the start are escaped (the reader strips
     * them), as are {@code //}, {@code --} and spaced dashes, which introduce an explanation. Line breaks and
     * other control characters become spaces.
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < n ? text.charAt(i + 1) : ' ';
            if (c == '&') {
                sb.append("&amp;");
            } else if (c == '<') {
                sb.append("&lt;");
            } else if (c == ':' && Character.isWhitespace(next) && explains(text, i + 1)) {
                sb.append("&#58;");
            } else if ((c == '\u2014' || c == '\u2013') && prev == ' ' && next == ' ') {
                sb.append("&#").append((int) c).append(';');
            } else if ("\\`*_[]()!|~#>".indexOf(c) >= 0
                    || (c == '/' || c == '-') && (prev == c || next == c)) {
                sb.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return escapeStart(sb.toString());
    }

    /**
     * Whether the text after a colon reads as an explanation or a list ("a sentence, or a, b"), which readers
     * split off the label; a short name ("Phase 1: Databases") does not.
     */
    private static boolean explains(String text, int from) {
        String rest = text.substring(from).strip();
        return rest.isEmpty() || rest.split("\\s+").length > 3 || rest.chars().anyMatch(ch -> ch == ',' || ch == ';' || ch == '.')
                || Character.isLowerCase(rest.charAt(0));
    }

    /** A list marker, numbering ("1.", "2)", "a)") or checkbox symbol at the start is not one. */
    private static String escapeStart(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return "\\" + s;
        }
        if ("\u2610\u2611\u2612\u2705\u2713\u2714\u2716\u274C".indexOf(first) >= 0) {
            return "&#" + (int) first + ";" + s.substring(1);
        }
        int run = 0;
        while (run < s.length() && run < 12 && Character.isLetterOrDigit(s.charAt(run))) {
            run++;
        }
        if (run > 0 && run < s.length() && (s.charAt(run) == '.' || s.charAt(run) == ')' || s.charAt(run) == ':')) {
            return s.substring(0, run) + "\\" + s.substring(run);
        }
        return s;
    }
}
