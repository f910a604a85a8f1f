package dev.crossmap.outline;

import java.util.Locale;
import java.util.Set;

/**
 * What one line of a Markdown outline looks like to {@link MarkdownReader}: its indentation and, when it is
 * a list item, its marker. Pure functions of the line; nothing here knows the lines around it.
 */
final class MarkdownLine {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "details", "dialog", "dir", "div", "dl", "dd", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe",
            "legend", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> INLINE_TAGS = Set.of("img", "br", "a", "picture", "source", "video", "sup",
            "sub", "b", "i", "span", "strong", "em", "kbd", "font");
    private static final java.util.regex.Pattern ONLY_TAGS = java.util.regex.Pattern.compile("\\s*(<[^<>]+>\\s*)+");

    private MarkdownLine() {
    }

    /**
     * Leading indentation. Tabs are ambiguous in the wild (the same file uses 4- and 8-column tabs), so
     * both readings are kept; a no-break space and a leading {@code &nbsp;} entity count as one column.
     *
     * @param tab4         columns with tab stops every 4
     * @param tab8         columns with tab stops every 8
     * @param contentStart index of the first character after the indentation
     * @param spaces       whether the indentation has spaces (not only tabs)
     */
    record Indent(int tab4, int tab8, int contentStart, boolean spaces) {
        boolean ambiguous() {
            return tab4 != tab8;
        }
    }

    /**
     * A list item's marker.
     *
     * @param number       "1", "1.1", "2.1.3" for numbered items, null for bullets
     * @param contentStart index of the item's text
     */
    record Marker(String number, int contentStart, String style) {
        Marker(String number, int contentStart) {
            this(number, contentStart, number == null ? null : "1.");
        }

        /** "1.1" for "1.1.2"; null for a one-part number or a bullet. */
        String parentNumber() {
            int dot = number == null ? -1 : number.lastIndexOf('.');
            return dot < 0 ? null : number.substring(0, dot);
        }

        /** Whether the marker is a kind of numbering ({@code 1)}, {@code a)}, {@code iv.}, {@code Step 3:}), not a bullet. */
        boolean ordered() {
            return style != null && !style.equals(BOX);
        }

        /** Whether the number is decimal ("1", "1.2"); letters and roman numerals are not. */
        boolean decimal() {
            return number != null && !number.isEmpty() && Character.isDigit(number.charAt(0));
        }
    }

    /** Style of a bare checkbox line ({@code [ ] item}, {@code ☐ item}). */
    static final String BOX = "box";
    /** Style of a stage line ({@code Step 3: Testing}, {@code Phase 2 — Databases}). */
    static final String STAGE = "stage";
    private static final java.util.regex.Pattern STAGE_NAME = java.util.regex.Pattern.compile(
            "(?i)(?:step|phase|stage|part|module|week|day|month|level|chapter|lesson|unit|section|lecture|milestone|track)"
            + "\\s+(?:\\d{1,3}|[a-z])\\b");
    private static final java.util.regex.Pattern STAGE_LINE = java.util.regex.Pattern.compile(
            "(?i)(?:step|phase|stage|part|module|week|day|month|level|chapter|lesson|unit|section|lecture|milestone)"
            + "\\s+\\d{1,3}\\s*(?::|\u2014|\u2013|-|\\.)\\s+\\S.*");

    static Indent indent(String line) {
        int c4 = 0;
        int c8 = 0;
        int i = 0;
        boolean spaces = false;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00A0') {
                c4++;
                c8++;
                i++;
                spaces = true;
            } else if (c == '\t') {
                c4 += 4 - c4 % 4;
                c8 += 8 - c8 % 8;
                i++;
            } else if (c == '&' && line.startsWith("&nbsp;", i)) {
                c4++;
                c8++;
                i += 6;
            } else if (c == '&' && line.startsWith("&#160;", i)) {
                c4++;
                c8++;
                i += 6;
            } else {
                break;
            }
        }
        return new Indent(c4, c8, i, spaces || i > 0 && line.charAt(0) == '&');
    }

    static boolean isBlank(String line) {
        return indent(line).contentStart() >= line.length() || line.isBlank();
    }

    /** The list marker at {@code p}: {@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}, {@code 1.1.}, {@code 2.1.3}. */
    static Marker marker(String line, int p) {
        int n = line.length();
        if (p >= n) {
            return null;
        }
        char c = line.charAt(p);
        if (c == '-' || c == '*' || c == '+') {
            if (p + 1 == n) {
                return new Marker(null, n);
            }
            return isSpace(line.charAt(p + 1)) ? new Marker(null, skipSpaces(line, p + 1)) : null;
        }
        if (c < '0' || c > '9') {
            return otherMarker(line, p);
        }
        int i = p;
        int parts = 0;
        while (true) {
            int digits = 0;
            while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9' && digits < 10) {
                i++;
                digits++;
            }
            if (digits == 0 || digits == 10) {
                return null;
            }
            parts++;
            if (i + 1 < n && line.charAt(i) == '.' && line.charAt(i + 1) >= '0' && line.charAt(i + 1) <= '9') {
                i++;
                continue;
            }
            break;
        }
        String number = line.substring(p, i);
        boolean delimited = i < n && (line.charAt(i) == '.' || line.charAt(i) == ')');
        if (delimited) {
            i++;
        } else if (parts < 2) {
            return null; // "2024 was a year" is not a list item
        }
        if (i < n && !isSpace(line.charAt(i))) {
            return null;
        }
        // "1.1" and "1." are different levels of one numbering, so the part count is part of the style
        String style = "1.".repeat(parts - 1) + (delimited ? "1" + line.charAt(i - 1) : "1");
        return new Marker(number, skipSpaces(line, i), style);
    }

    /**
     * Markers outside Markdown: letters and roman numerals ({@code a)}, {@code B.}, {@code iv)}), a stage line
     * ({@code Step 3: Testing}, whose text keeps its stage name) and a bare checkbox ({@code [ ] item},
     * {@code ☐ item}, {@code ✅ item}; at most twelve words, so a ticked sentence of prose stays prose).
     */
    private static Marker otherMarker(String line, int p) {
        int n = line.length();
        int i = p;
        while (i < n && i - p < 6 && isAsciiLetter(line.charAt(i))) {
            i++;
        }
        if (i > p && i + 1 < n && (line.charAt(i) == ')' || line.charAt(i) == '.') && isSpace(line.charAt(i + 1))) {
            String letters = line.substring(p, i);
            boolean roman = letters.toLowerCase(Locale.ROOT).chars().allMatch(ch -> "ivxlc".indexOf(ch) >= 0);
            boolean upper = Character.isUpperCase(letters.charAt(0));
            // "a." in prose is rare; "I." and "A." start sentences, so a full stop needs the next word capitalised
            boolean plausible = (letters.length() == 1 || roman) && (line.charAt(i) == ')'
                    || i + 2 < n && Character.isUpperCase(line.charAt(skipSpaces(line, i + 1))));
            if (plausible) {
                String kind = roman && letters.length() > 1 ? "i" : "a";
                String style = (upper ? kind.toUpperCase(Locale.ROOT) : kind) + line.charAt(i);
                return new Marker(letters, skipSpaces(line, i + 1), style);
            }
        }
        char c = line.charAt(p);
        if (Character.isLetter(c) && n - p < 400
                && STAGE_LINE.matcher(line).region(p, n).matches()) {
            return new Marker(null, p, STAGE);
        }
        if (CheckBox.at(line, p) != null && CompoundLine.words(line.substring(p)) <= 13) {
            return new Marker(null, p, BOX);
        }
        return null;
    }

    /** Whether a name starts with a stage and its number ({@code Step 3}, {@code Phase 2}): the author's own name for it. */
    static boolean isStage(String name) {
        return name.length() < 200 && STAGE_NAME.matcher(name).lookingAt();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code ---}, {@code ***}, {@code ___}, {@code * * *}: a rule between sections. */
    static boolean isThematicBreak(String line, int p) {
        char kind = line.charAt(p);
        if (kind != '-' && kind != '*' && kind != '_') {
            return false;
        }
        int count = 0;
        for (int i = p; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == kind) {
                count++;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return count >= 3;
    }

    /** A line of only {@code =} (at least three): a banner edge or a setext underline. */
    static boolean isEqualsLine(String line) {
        String t = line.strip();
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '=') {
                return false;
            }
        }
        return true;
    }

    /** A setext {@code ---} underline (not indented, at least three dashes). */
    static boolean isDashLine(String line) {
        String t = line.strip();
        return t.length() >= 3 && t.chars().allMatch(c -> c == '-') && !line.startsWith("    ");
    }

    /** ATX heading level (1–6) at {@code p}, or 0. */
    static int headingLevel(String line, int p) {
        int level = 0;
        while (p + level < line.length() && line.charAt(p + level) == '#' && level < 7) {
            level++;
        }
        if (level == 0 || level > 6) {
            return 0;
        }
        return p + level == line.length() || isSpace(line.charAt(p + level)) ? level : 0;
    }

    /** The heading's text without its optional closing {@code ###}. */
    static String headingText(String line, int p, int level) {
        String t = line.substring(p + level).strip();
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '#') {
            end--;
        }
        return end == 0 || end < t.length() && t.charAt(end - 1) == ' ' ? t.substring(0, end).strip() : t;
    }

    /**
     * If an HTML block starts at {@code p}, what ends it: "" for a blank line, or the text that closes it
     * ({@code -->}, {@code </pre>}). Null when the line is not HTML.
     */
    static String htmlBlockEnd(String line, int p) {
        if (!line.startsWith("<", p)) {
            return null;
        }
        if (line.startsWith("<!--", p)) {
            return "-->";
        }
        int i = p + 1;
        if (i < line.length() && line.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-')) {
            i++;
        }
        String name = line.substring(nameStart, i).toLowerCase(Locale.ROOT);
        boolean tagEnd = i >= line.length() || line.charAt(i) == '>' || line.charAt(i) == '/' || isSpace(line.charAt(i));
        if (name.isEmpty() || !tagEnd) {
            return null;
        }
        if (Set.of("pre", "script", "style", "textarea").contains(name)) {
            return "</" + name + ">";
        }
        if (BLOCK_TAGS.contains(name)) {
            return "";
        }
        // an inline tag starts an HTML block only when the line holds nothing but tags, e.g. <img src=…>
        return INLINE_TAGS.contains(name) && ONLY_TAGS.matcher(line).matches() ? "" : null;
    }

    /** A line that is only images (possibly linked), e.g. {@code ![Image](https://…)}. */
    static boolean isImageLine(String content) {
        return content.startsWith("![") || content.startsWith("[![")
                ? InlineMarkup.plain(content).isBlank() : false;
    }

    /** A navigation line such as {@code **[⬆ back to top](#table-of-contents)**}. */
    static boolean isAnchorLinkLine(String content) {
        String t = content.replace("*", "").replace("_", "").strip();
        return t.startsWith("[") && t.endsWith(")") && t.indexOf("](#") > 0 && t.indexOf("](#") == t.lastIndexOf("](");
    }

    /** The line without the markers of a block quote ({@code > > text} → {@code text}). */
    static String unquote(String content) {
        int i = 0;
        while (i < content.length() && (content.charAt(i) == '>' || isSpace(content.charAt(i)))) {
            i++;
        }
        return content.substring(i);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
