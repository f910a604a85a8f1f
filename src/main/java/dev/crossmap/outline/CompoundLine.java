package dev.crossmap.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts with a label and lists what belongs to it: {@code **Indexing:** B-Tree, Hash, GIN,
 * GiST. When *not* to use an index.} is the label {@code Indexing} with the parts {@code B-Tree},
 * {@code Hash}, {@code GIN}, {@code GiST} and {@code When not to use an index}.
 *
 * <p>Rules: the first sentence is split at commas and semicolons outside parentheses; each later sentence
 * is one part. A sentence is a list only if each of its parts has at most six words (words inside
 * parentheses do not count); otherwise it is prose, kept in {@link #prose()} for the note. Labels such as
 * {@code Goal}, {@code Timeline}, {@code Rule} or {@code Note} are {@link #structural()}: what follows them
 * is always prose about the section, never topics.
 *
 * @param label  the label, as Markdown
 * @param rest   what follows the label, as Markdown (may be empty)
 * @param parts  the listed parts, plain text
 * @param prose  sentences that are prose, plain text
 */
record CompoundLine(String label, String rest, List<String> parts, List<String> prose) {
    private static final Pattern BOLD = Pattern.compile("^(\\*{2,3}|_{2,3})(?![*_\\s])(.+?)(:?)\\1(:?)(?:\\s+(.*))?$");
    private static final Pattern PLAIN = Pattern.compile("^([^:*_\\[\\]`<>()]{1,40}?):\\s+(\\S.*)$");
    private static final int MOST_WORDS = 6;
    private static final Set<String> STRUCTURAL = Set.of("goal", "goals", "timeline", "rule", "rules", "note",
            "notes", "tip", "tips", "why", "outcome", "outcomes", "result", "results", "duration", "total",
            "summary", "remember", "important", "warning", "objective", "objectives", "purpose", "deadline");

    CompoundLine {
        parts = List.copyOf(parts);
        prose = List.copyOf(prose);
    }

    /** {@code **Label:** rest}, {@code **Label**: rest} or {@code ***Label:***}; the colon is required. */
    static Optional<CompoundLine> bold(String markdown) {
        if (markdown.length() < 5 || markdown.length() > 1_000 || markdown.charAt(0) != '*' && markdown.charAt(0) != '_') {
            return Optional.empty();
        }
        Matcher m = BOLD.matcher(markdown);
        if (!m.matches() || m.group(3).isEmpty() && m.group(4).isEmpty()) {
            return Optional.empty();
        }
        String rest = m.group(5) == null ? "" : m.group(5).strip();
        return Optional.of(split(m.group(2).strip(), rest));
    }

    /**
     * {@code Label: a, b, c} without bold: only when the label has at most four words and the rest is a
     * list of at least two short parts, so that prose with a colon stays one topic.
     */
    static Optional<CompoundLine> plain(String markdown) {
        if (markdown.indexOf(": ") < 0 || markdown.length() > 1_000) {
            return Optional.empty();
        }
        Matcher m = PLAIN.matcher(markdown);
        if (!m.matches() || words(m.group(1)) > 4) {
            return Optional.empty();
        }
        CompoundLine c = split(m.group(1).strip(), m.group(2).strip());
        return c.parts.size() >= 2 && c.prose.isEmpty() && !c.structural() ? Optional.of(c) : Optional.empty();
    }

    /** {@code Rule: only "-" bullets…}: a structural label followed by a sentence, as in a heading. */
    static boolean isStructuralSentence(String markdown) {
        int colon = markdown.indexOf(": ");
        if (colon <= 0 || colon > 40) {
            return false;
        }
        CompoundLine c = new CompoundLine(markdown.substring(0, colon), markdown.substring(colon + 2).strip(),
                List.of(), List.of());
        return !c.rest().isEmpty() && words(InlineMarkup.plain(c.label())) <= 4 && c.structural();
    }

    /** Whether the label only introduces prose about its section ("Goal", "Timeline", "Rule", "Note"). */
    boolean structural() {
        String plain = InlineMarkup.plain(label).strip();
        int space = plain.indexOf(' ');
        String first = (space < 0 ? plain : plain.substring(0, space)).toLowerCase(Locale.ROOT);
        return STRUCTURAL.contains(first.replaceAll("[^\\p{L}]", ""));
    }

    private static CompoundLine split(String label, String rest) {
        List<String> parts = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        if (rest.isEmpty()) {
            return new CompoundLine(label, rest, parts, prose);
        }
        for (Sentence sentence : sentences(InlineMarkup.plain(rest))) {
            // "This involves scaling, missing data, …" is a sentence about the label, however short its pieces
            boolean list = !opensASentence(sentence.parts().get(0));
            for (String p : sentence.parts()) {
                list &= words(p) <= MOST_WORDS;
            }
            if (list) {
                for (String p : sentence.parts()) {
                    String t = TopicLabel.tidy(p.replaceFirst("^(?i)(and|or)\\s+", ""));
                    if (!t.isEmpty()) {
                        parts.add(t);
                    }
                }
            } else {
                prose.add(sentence.text());
            }
        }
        return new CompoundLine(label, rest, parts, prose);
    }

    /** Words that open a sentence about something, never a name in a list. */
    private static final Set<String> OPENERS = Set.of("this", "these", "those", "that", "it", "its", "they", "we",
            "you", "there", "here", "i");

    private static boolean opensASentence(String part) {
        String first = part.strip().split("[\\s,;:]+", 2)[0].toLowerCase(Locale.ROOT);
        return OPENERS.contains(first);
    }

    /** A sentence as written and its parts. */
    private record Sentence(String text, List<String> parts) {
    }

    /** Sentences; the first is split into its parts at commas and semicolons outside brackets. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int sentenceStart = 0;
        boolean first = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && first && (c == ',' || c == ';') && !thousands(text, i)) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            } else if (depth == 0 && c == '.' && endsSentence(text, i)) {
                parts.add(text.substring(start, i).strip());
                parts.removeIf(String::isBlank);
                if (!parts.isEmpty()) {
                    sentences.add(new Sentence(text.substring(sentenceStart, i + 1).strip(), parts));
                }
                parts = new ArrayList<>();
                start = i + 1;
                sentenceStart = i + 1;
                first = false;
            }
        }
        String tail = TopicLabel.tidy(text.substring(start));
        if (!tail.isEmpty()) {
            parts.add(tail);
        }
        parts.removeIf(String::isBlank);
        if (!parts.isEmpty()) {
            sentences.add(new Sentence(text.substring(sentenceStart).strip(), parts));
        }
        return sentences;
    }

    /** The comma of "1,000". */
    private static boolean thousands(String text, int comma) {
        return comma > 0 && comma + 1 < text.length() && Character.isDigit(text.charAt(comma - 1))
                && Character.isDigit(text.charAt(comma + 1));
    }

    /** A full stop followed by a space and a capital letter ends a sentence ("GiST. When"), "etc." does not. */
    private static boolean endsSentence(String text, int dot) {
        if (dot + 2 >= text.length() || text.charAt(dot + 1) != ' ' || !Character.isUpperCase(text.charAt(dot + 2))) {
            return false;
        }
        int space = text.lastIndexOf(' ', dot);
        String word = text.substring(space + 1, dot).toLowerCase(Locale.ROOT);
        return !(word.equals("etc") || word.equals("e.g") || word.equals("i.e") || word.equals("vs"));
    }

    /** Words outside parentheses. */
    static int words(String text) {
        int words = 0;
        int depth = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                continue;
            }
            boolean letter = depth == 0 && !Character.isWhitespace(c) && c != '(';
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
