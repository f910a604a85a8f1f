package dev.crossmap.outline;

import dev.crossmap.model.Progress;

/**
 * A checkbox written before a topic, in any of the spellings authors use: {@code [ ]}, {@code [x]},
 * {@code [X]}, {@code ☐}, {@code ☑}, {@code ☒}, {@code ✅}, {@code ✔}, {@code ✓} — optionally followed by a
 * stray list marker ({@code * [ ] - item}).
 *
 * @param progress what the box says: not started or done
 * @param end      index of the topic's text after the box (and the stray marker)
 */
record CheckBox(Progress progress, int end) {
    /** The checkbox starting at {@code p}, or null. */
    static CheckBox at(String s, int p) {
        int n = s.length();
        if (p >= n) {
            return null;
        }
        char c = s.charAt(p);
        Progress progress;
        int i;
        if (c == '[' && p + 2 < n && s.charAt(p + 2) == ']' && (p + 3 == n || MarkdownLine.isSpace(s.charAt(p + 3)))) {
            char mark = s.charAt(p + 1);
            if (mark != ' ' && mark != 'x' && mark != 'X') {
                return null;
            }
            progress = mark == ' ' ? Progress.NOT_STARTED : Progress.DONE;
            i = p + 3;
        } else if (c == '\u2610' || c == '\u2B1C') {
            progress = Progress.NOT_STARTED;
            i = p + 1;
        } else if (c == '\u2611' || c == '\u2612' || c == '\u2705' || c == '\u2714' || c == '\u2713') {
            progress = Progress.DONE;
            i = p + 1;
        } else {
            return null;
        }
        if (i < n && s.charAt(i) == '\uFE0F') {
            i++; // emoji presentation selector
        }
        if (i < n && !MarkdownLine.isSpace(s.charAt(i))) {
            return null;
        }
        i = skip(s, i);
        // "* [ ] - Docker": the dash is a second list marker, not part of the name
        if (i + 1 < n && (s.charAt(i) == '-' || s.charAt(i) == '*' || s.charAt(i) == '+')
                && MarkdownLine.isSpace(s.charAt(i + 1))) {
            i = skip(s, i + 1);
        }
        return new CheckBox(progress, i);
    }

    private static int skip(String s, int i) {
        while (i < s.length() && MarkdownLine.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
