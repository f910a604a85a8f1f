package dev.crossmap.outline;

import dev.crossmap.model.WebLink;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One topic line (marker and checkbox already gone) taken apart the way its author meant it: the name, the
 * explanation written after it, its links, trailing tags and a video timestamp.
 *
 * <p>Rules, in order: a trailing {@code <sup>FREE</sup>} is a tag. {@code Name // why} and {@code Name -- why}
 * split at the first such separator outside links and code. A line that starts with a link (after emoji or
 * bold) is named by the link text; after it, {@code - why}, {@code : why}, {@code — why} is the explanation,
 * further links (separated by {@code |}, commas, slashes) are only links, a tag is a tag. {@code **Name** -
 * why} splits after the bold name. Otherwise {@code Name — why} and {@code Name: why} split only when the
 * name has at most six words, is not a stage ({@code Phase 2: Databases}) and the rest is a sentence: at least
 * six words, or three ending in {@code .}, {@code !} or {@code ?}, and not a list of short parts. Trailing
 * {@code (Advanced)}, {@code [optional]}, {@code **Core**} or {@code 25%} are tags; {@code (12:30)} and
 * {@code - 021740} are timestamps, and so is a video link's {@code ?t=2938}.
 *
 * @param label       what is left of the name, as Markdown (for {@link TopicLabel})
 * @param explanation the explanation, plain text, or ""
 * @param links       every link of the line; the one that named the topic has no title
 * @param tags        the author's tags
 * @param timestamp   a video position, if any
 * @param seen        what was read other than word for word
 */
record ItemText(String label, String explanation, List<WebLink> links, List<String> tags, Optional<String> timestamp,
                Set<Interpretation> seen) {
    private static final Pattern UNCLOSED_LINK = Pattern.compile("\\[[^\\[\\]]{1,300}]\\([^\\s()]{1,2000}$");
    private static final Pattern SUP_TAG = Pattern.compile("(?i)\\s*<sup>\\s*([^<>]{1,30}?)\\s*</sup>\\s*$");
    private static final Set<String> TAG_WORDS = Set.of("advanced", "beginner", "beginners", "intermediate", "basic",
            "basics", "optional", "recommended", "required", "core", "essential", "free", "paid", "new", "updated",
            "deprecated", "must have", "must-have", "must know", "important", "bonus", "extra", "hard", "easy",
            "medium", "expert", "premium", "freemium", "wip", "todo", "legacy", "experimental", "advanced topic",
            "nice to have", "good to know", "elective", "mandatory", "alternative");
    private static final Set<String> ACTIVITY = Set.of("exercise", "exercises", "task", "tasks", "project", "projects",
            "lab", "labs", "practice", "homework", "example", "quiz", "assignment", "challenge", "reading", "read",
            "watch", "video", "book", "course", "tutorial", "article", "drill", "kata", "mini-project", "capstone");
    private static final Pattern PAREN_TAG = Pattern.compile("\\s*\\(([\\p{L} -]{2,20})\\)\\s*$");
    private static final Pattern BRACKET_TAG = Pattern.compile("(?<![\\]!])\\s*\\[([\\p{L}][\\p{L} -]{1,19})]\\s*$");
    private static final Pattern BOLD_TAG = Pattern.compile("(?<=\\S)\\s+(\\*\\*)([\\p{L}][\\p{L} -]{0,19})\\*\\*\\s*$");
    private static final Pattern PERCENT_TAG = Pattern.compile("(?<=\\S)\\s+(\\d{1,3}%)\\s*$");
    private static final Pattern CLOCK = Pattern.compile("\\s*\\((\\d{1,2}:\\d{2}(?::\\d{2})?)\\)\\s*$");
    private static final Pattern DASH_CLOCK = Pattern.compile("(?<=\\S)\\s+[-\u2013\u2014]\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{6})\\s*$");
    private static final Pattern VIDEO_TIME = Pattern.compile("(?i)(?:youtu\\.?be|vimeo)[^\\s]*[?&#]t=(\\d{1,6})s?(?:$|&)");
    private static final Pattern BOLD_DASH = Pattern.compile("^(\\*\\*|__)(?![*_\\s])(.+?)\\1\\s+(?:-|\u2013|\u2014|--)\\s+(\\S.*)$");
    private static final Pattern BOLD_SENTENCE = Pattern.compile("^(\\*\\*|__)(?![*_\\s])([^*_]+?)\\1\\s+(\\p{Ll}.*)$");
    private static final Pattern LINK_GLUE = Pattern.compile("[\\s|,/\u00B7\u2022;&+-]*|[\\s|,/\u00B7\u2022;&+-]*(?:and|or|y|et|und)[\\s|,/\u00B7\u2022;&+-]*");

    /** Takes one line apart. */
    static ItemText of(String markdown) {
        String s = markdown.length() > InlineMarkup.LONGEST_LINE ? markdown.substring(0, InlineMarkup.LONGEST_LINE) : markdown;
        s = s.strip();
        Set<Interpretation> seen = EnumSet.noneOf(Interpretation.class);
        List<String> tags = new ArrayList<>();
        String explanation = "";
        for (int k = 0; k < 3 && s.indexOf('<') >= 0; k++) {
            Matcher m = SUP_TAG.matcher(s);
            if (!m.find() || m.start() == 0) {
                break;
            }
            tags.add(0, InlineMarkup.plain(m.group(1)));
            s = s.substring(0, m.start());
        }
        if (!s.endsWith(")") && s.indexOf("](") >= 0 && UNCLOSED_LINK.matcher(s).find()) {
            s = s + ")"; // "[Title](https://…" cut before its ")": still a link
        }
        InlineSpans spans = new InlineSpans(s);
        List<InlineSpans.Link> found = spans.links();
        int cut = separator(s, spans);
        if (cut > 0) {
            explanation = s.substring(cut + 3).strip();
            s = s.substring(0, cut).strip();
            seen.add(Interpretation.EXPLANATION);
        }
        String named = null;
        int lead = leadingDecoration(s);
        String boldOpen = s.startsWith("**", lead) || s.startsWith("__", lead) ? s.substring(lead, lead + 2) : "";
        InlineSpans.Link first = spans.linkAt(lead + boldOpen.length());
        if (first != null && first.end() <= s.length()) {
            int end = first.end();
            if (!boldOpen.isEmpty() && s.startsWith(boldOpen, end)) {
                end += 2;
            }
            String rest = s.substring(end).strip();
            String after = afterSeparator(rest);
            if (after == null && rest.startsWith(",") && !onlyLinks(rest, spans, s.length() - rest.length())) {
                after = rest.substring(1).strip(); // "[Book](url), Jez Humble, David Farley"
            }
            // "**[Title ](url)**": the bold only wraps the link; the label is the link, with no stray marker
            String linkLabel = s.substring(0, lead) + s.substring(first.start(), first.end());
            if (rest.isEmpty()) {
                s = end > first.end() ? linkLabel : s;
                named = first.url();
            } else if (onlyLinks(rest, spans, s.length() - rest.length())) {
                s = linkLabel;
                named = first.url();
            } else if (after != null && !after.isEmpty()) {
                explanation = join(after, explanation);
                s = linkLabel;
                named = first.url();
                seen.add(Interpretation.EXPLANATION);
            } else if (isTag(rest)) {
                tags.add(tagText(rest));
                s = linkLabel;
                named = first.url();
            }
        } else {
            Matcher bold = s.length() < 1_000 && (s.startsWith("**") || s.startsWith("__")) ? BOLD_DASH.matcher(s) : null;
            Matcher lead2 = s.length() < 1_000 && (bold == null || !bold.matches()) && s.startsWith("**", lead)
                    ? BOLD_SENTENCE.matcher(s.substring(lead)) : null;
            if (bold != null && bold.matches()) {
                explanation = join(bold.group(3), explanation);
                s = bold.group(1) + bold.group(2) + bold.group(1);
                seen.add(Interpretation.EXPLANATION);
            } else if (lead2 != null && lead2.matches() && isSentence(InlineMarkup.plain(lead2.group(3)))
                    && lead2.group(3).matches("(?s).*[.!?]\\s*") && !lead2.group(3).matches("(?s)(and|or|with|of|in|for|to|vs|&)\\b.*")) {
                // "**LLM Fundamentals** is optional and covers….": the bold is the name, a whole sentence about it follows
                explanation = join(InlineMarkup.plain(lead2.group(2)) + " " + lead2.group(3), explanation);
                s = s.substring(0, lead) + lead2.group(1) + lead2.group(2) + lead2.group(1);
                seen.add(Interpretation.EXPLANATION);
            } else if (!found.isEmpty() && colonBeforeLinks(s, spans) > 0) {
                s = s.substring(0, colonBeforeLinks(s, spans)); // "Clientes HTTP: [Postman](…) | [Apidog](…)"
            } else if (cut < 0) {
                int split = sentenceSplit(s, spans);
                if (split > 0) {
                    int sepLength = s.charAt(split) == ':' ? 1 : 2;
                    explanation = join(s.substring(split + sepLength).strip(), explanation);
                    s = s.substring(0, split).strip();
                    seen.add(Interpretation.EXPLANATION);
                }
            }
        }
        Optional<String> timestamp = Optional.empty();
        for (int k = 0; k < 4 && !s.isEmpty(); k++) {
            char last = s.charAt(s.length() - 1);
            Matcher m;
            if (last == ')' && (m = tail(CLOCK, s)).find() && m.start() > 0
                    || Character.isDigit(last) && dashBeforeLastWord(s) && (m = tail(DASH_CLOCK, s)).find()) {
                timestamp = Optional.of(clock(m.group(1)));
                s = s.substring(0, m.start());
                seen.add(Interpretation.TIMESTAMP);
            } else if (last == ')' && (m = tail(PAREN_TAG, s)).find() && m.start() > 0 && TAG_WORDS.contains(lower(m.group(1)))
                    || last == ']' && (m = tail(BRACKET_TAG, s)).find() && m.start() > 0
                    || last == '%' && (m = tail(PERCENT_TAG, s)).find()) {
                tags.add(0, m.group(1).strip());
                s = s.substring(0, m.start());
            } else if (last == '*' && (m = tail(BOLD_TAG, s)).find() && !s.substring(0, m.start()).strip().endsWith("**")
                    && s.substring(0, m.start()).codePoints().anyMatch(Character::isLetterOrDigit)) {
                tags.add(0, m.group(2).strip());
                s = s.substring(0, m.start());
            } else {
                break;
            }
        }
        if (!tags.isEmpty()) {
            seen.add(Interpretation.TAG);
        }
        List<WebLink> links = new ArrayList<>();
        for (InlineSpans.Link l : found) {
            String title = l.url().equals(named) ? "" : InlineMarkup.plain(l.text());
            links.add(new WebLink(title, l.url()));
            if (timestamp.isEmpty()) {
                Matcher t = VIDEO_TIME.matcher(l.url());
                if (t.find()) {
                    timestamp = Optional.of(seconds(Integer.parseInt(t.group(1))));
                }
            }
        }
        if (named != null) {
            seen.add(Interpretation.LINK);
        }
        return new ItemText(s.strip(), explanation.isEmpty() ? "" : InlineMarkup.plain(explanation), links, tags,
                timestamp, seen);
    }

    /** Whether the last word follows {@code " - "} (or an en or em dash), as in {@code Variables - 021740}. */
    private static boolean dashBeforeLastWord(String s) {
        int sp = s.lastIndexOf(' ');
        return sp >= 2 && "-\u2013\u2014".indexOf(s.charAt(sp - 1)) >= 0 && s.charAt(sp - 2) == ' ';
    }

    /** A matcher over the last 48 characters only: every tail pattern is shorter, so long lines cost nothing more. */
    private static Matcher tail(Pattern p, String s) {
        return p.matcher(s).region(Math.max(0, s.length() - 48), s.length()).useTransparentBounds(true);
    }

    /** Index of the first {@code " // "} or {@code " -- "} outside links and code, with a name before it; else -1. */
    private static int separator(String s, InlineSpans spans) {
        for (int i = 1; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '/' || c == '-') && s.charAt(i + 1) == c && MarkdownLine.isSpace(s.charAt(i - 1))
                    && MarkdownLine.isSpace(s.charAt(i + 2)) && !spans.hidden(i)) {
                return s.substring(0, i).isBlank() ? -1 : i - 1;
            }
        }
        return -1;
    }

    /** Where {@code Name: [link] | [link]} ends its name (a short name, then only links), else -1. */
    private static int colonBeforeLinks(String s, InlineSpans spans) {
        int colon = s.indexOf(": ");
        if (colon <= 0 || spans.links().isEmpty() || spans.hidden(colon)
                || CompoundLine.words(InlineMarkup.plain(s.substring(0, colon))) > 6) {
            return -1;
        }
        String rest = s.substring(colon + 1).strip();
        return onlyLinks(rest, spans, s.length() - rest.length()) ? colon : -1;
    }

    /** What follows a separator ({@code - why}, {@code : why}, {@code — why}) at the start of {@code rest}; else null. */
    private static String afterSeparator(String rest) {
        if (rest.startsWith(":")) {
            return rest.substring(1).strip();
        }
        if (rest.length() > 1 && (rest.charAt(0) == '-' || rest.charAt(0) == '\u2013' || rest.charAt(0) == '\u2014')
                && MarkdownLine.isSpace(rest.charAt(1))) {
            return rest.substring(2).strip();
        }
        return null;
    }

    /** Whether {@code rest} (starting at {@code from} in the line) is nothing but links and what separates them. */
    private static boolean onlyLinks(String rest, InlineSpans spans, int from) {
        StringBuilder between = new StringBuilder();
        int i = from;
        int count = 0;
        for (InlineSpans.Link l : spans.links()) {
            if (l.start() < from || l.end() > from + rest.length()) {
                continue;
            }
            between.append(' ').append(rest, i - from, l.start() - from);
            i = l.end();
            count++;
        }
        if (count == 0) {
            return false;
        }
        between.append(' ').append(rest, Math.min(i - from, rest.length()), rest.length());
        String glue = between.toString().replace("**", " ").replace("__", " ").toLowerCase(Locale.ROOT);
        return LINK_GLUE.matcher(glue).matches();
    }

    /** Emoji, symbols and spaces before the name: they stay in the label but do not hide a leading link. */
    private static int leadingDecoration(String s) {
        int i = 0;
        while (i < s.length() && i < 16) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            boolean decoration = type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK
                    || type == Character.FORMAT || cp == 0xFE0F || Character.isWhitespace(cp) || cp == 0x200D;
            if (!decoration) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * Where {@code Name — why} or {@code Name: why} splits, or -1: the name has at most six words and no markup,
     * is not a stage, and the rest is a sentence (see the class comment).
     */
    private static int sentenceSplit(String s, InlineSpans spans) {
        int dash = -1;
        int colon = -1;
        for (int i = 1; i + 1 < s.length() && (dash < 0 || colon < 0); i++) {
            char c = s.charAt(i);
            if (spans.hidden(i)) {
                continue;
            }
            if (dash < 0 && (c == '\u2014' || c == '\u2013') && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
                dash = i - 1;
            } else if (colon < 0 && c == ':' && MarkdownLine.isSpace(s.charAt(i + 1))) {
                colon = i;
            }
        }
        int at = dash >= 0 && (colon < 0 || dash < colon) ? dash : colon;
        if (at <= 0) {
            return -1;
        }
        String name = InlineMarkup.plain(s.substring(0, at)).strip();
        String rest = s.substring(at + (at == dash ? 2 : 1)).strip();
        if (name.isEmpty() || CompoundLine.words(name) > 6 || MarkdownLine.isStage(name) || name.indexOf('*') >= 0) {
            return -1;
        }
        if (at == colon && ACTIVITY.contains(name.toLowerCase(Locale.ROOT))) {
            return -1; // "Exercise: measure 8 slow queries": what follows an activity is the topic itself
        }
        if (at == colon && CompoundLine.plain(s).isPresent()) {
            return -1; // "Label: a, b, c" lists sub-topics
        }
        return isSentence(InlineMarkup.plain(rest)) ? at : -1;
    }

    /** At least six words, or three ending in a full stop, "!" or "?", and not a list of short parts. */
    static boolean isSentence(String text) {
        String t = text.strip();
        int words = CompoundLine.words(t);
        boolean ends = t.endsWith(".") || t.endsWith("!") || t.endsWith("?");
        if (words < 3 || words < 6 && !ends) {
            return false;
        }
        String[] parts = t.split("[,;]");
        if (parts.length >= 3) {
            for (String p : parts) {
                if (CompoundLine.words(p) > 3) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isTag(String rest) {
        String t = rest.strip();
        if (t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]")) {
            return TAG_WORDS.contains(lower(t.substring(1, t.length() - 1)));
        }
        return t.matches("\\d{1,3}%") || (t.startsWith("**") && t.endsWith("**") && t.length() > 4
                && TAG_WORDS.contains(lower(t.substring(2, t.length() - 2))));
    }

    private static String tagText(String rest) {
        String t = InlineMarkup.plain(rest).strip();
        return t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a.isEmpty() ? b : a + " " + b;
    }

    /** "021740" → "02:17:40", "1230" → "12:30"; a written clock stays as written. */
    private static String clock(String t) {
        if (t.indexOf(':') >= 0) {
            return t;
        }
        return t.length() == 6 ? t.substring(0, 2) + ":" + t.substring(2, 4) + ":" + t.substring(4)
                : t.substring(0, 2) + ":" + t.substring(2);
    }

    private static String seconds(int total) {
        int h = total / 3600;
        int m = total / 60 % 60;
        int sec = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec) : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}
