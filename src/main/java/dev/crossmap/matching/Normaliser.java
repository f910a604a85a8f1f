package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads labels as a reader would compare them: without Markdown emphasis, hour estimates, time spans,
 * trailing punctuation, noise words ("basics", "(advanced)") or asides in parentheses; word forms reduced
 * to stems; synonyms and abbreviations replaced by one spelling; "A vs B" the same as "B vs A". A label
 * "Head: a, b" or "a &amp; b" is a compound whose parts are read too. Labels that only organise a roadmap
 * ("Key Topics:", "Phase 4:") and generic ones ("patterns") yield nothing. Does not rely on the importer
 * having cleaned labels already.
 */
final class Normaliser {
    private static final Pattern MARKUP = Pattern.compile(
            "\\*+|__|`|&nbsp;|<[^>]{1,40}>|:contentReference\\[[^]]*]\\{[^}]*}|!\\[[^]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern HOURS = Pattern.compile("\\(\\s*\\d+(?:[.,]\\d+)?\\s*h(?:ours?|rs?)?\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN = Pattern.compile(
            "\\(\\s*(?:weeks?|months?|days?|years?)\\s+\\d+[^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d+\\.)+\\d*\\s+");
    /** "Phase 4", "Week 3", "Month 1-2": a step of a plan, not a concept. */
    private static final Pattern STEP = Pattern.compile(
            "^(?:phase|weeks?|months?|step|part|stage|level|module|chapter|days?|section)\\s*[0-9ivx]+(?:\\s*[-–]\\s*[0-9]+)?"
                    + "[^A-Za-z0-9(]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:[,;&]|\\s\\+\\s|\\s/\\s|\\band\\b|\\bor\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSUS = Pattern.compile("\\s+(?:vs\\.?|versus)\\s+", Pattern.CASE_INSENSITIVE);
    /** Code rather than a name: a call "f(a, b)" or a quoted symbol "\"/\" separator". */
    private static final Pattern CODE = Pattern.compile("[A-Za-z_]\\(|\"[^A-Za-z0-9\"]*\"");
    /** More stems than this is a sentence, not a topic name. */
    private static final int MAX_STEMS = 6;

    private final WordForms forms;
    private final Vocabulary vocabulary;

    Normaliser(WordForms forms, Vocabulary vocabulary) {
        this.forms = forms;
        this.vocabulary = vocabulary;
    }

    /** A label as shown to a reader: markup, hours and spans removed, spaces tidied. */
    static String clean(String label) {
        String s = LINK.matcher(label).replaceAll("$1");
        s = MARKUP.matcher(s).replaceAll("");
        s = HOURS.matcher(s).replaceAll("");
        s = SPAN.matcher(s).replaceAll("");
        s = NUMBERING.matcher(s).replaceFirst("");
        s = s.replaceAll("\\s+", " ").strip();
        while (!s.isEmpty() && ".:;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    /** Reads one label. */
    Reading read(String label) {
        if (CODE.matcher(label).find()) {
            return Reading.NONE;
        }
        String text = clean(label);
        String stepless = STEP.matcher(text).replaceFirst("");
        boolean step = stepless.length() != text.length();
        text = stepless.strip();
        int colon = topLevelColon(text);
        if (colon >= 0 && !text.contains("://")) {
            String head = text.substring(0, colon).strip();
            String rest = text.substring(colon + 1).strip();
            if (step && head.isEmpty() || isStructural(head)) {
                return rest.isEmpty() ? Reading.NONE : readText(rest);
            }
            if (rest.isEmpty()) {
                return readText(head);
            }
            // "Indexing: B-Tree, Hash": the head is the topic, the list after it its parts.
            List<Term> parts = new ArrayList<>();
            for (String p : split(withoutAsides(rest))) {
                term(p).ifPresent(parts::add);
            }
            return new Reading(term(withoutAsides(head)), parts);
        }
        return readText(text);
    }

    /** The first ':' outside parentheses, or -1. */
    private static int topLevelColon(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private Reading readText(String text) {
        String core = withoutAsides(text);
        if (core.isBlank() || isStructural(core)) {
            return Reading.NONE;
        }
        Optional<Term> whole = term(core);
        List<String> pieces = split(core);
        List<Term> parts = new ArrayList<>();
        if (pieces.size() >= 2) {
            for (String p : pieces) {
                term(p).ifPresent(parts::add);
            }
        }
        return new Reading(whole, parts);
    }

    /** The text without asides in parentheses; the aside itself when nothing else is left. */
    private static String withoutAsides(String text) {
        String s = text;
        for (int i = 0; i < 3; i++) {
            s = PARENS.matcher(s).replaceAll(" ");
        }
        s = s.replace("(", " ").replace(")", " ").replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? text.replace("(", " ").replace(")", " ").strip() : s;
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String p : PARTS.split(text)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private boolean isStructural(String text) {
        return vocabulary.isStructural(WordForms.words(text));
    }

    /** One term, or nothing when the text is generic, empty or a sentence. */
    Optional<Term> term(String text) {
        List<String> notes = new ArrayList<>();
        String[] sides = VERSUS.split(text);
        if (sides.length >= 2) {
            List<List<String>> sideStems = new ArrayList<>();
            for (String side : sides) {
                sideStems.add(new ArrayList<>(stems(side, notes)));
            }
            shareTheLastWord(sideStems);
            List<String> keys = new ArrayList<>();
            Set<String> all = new LinkedHashSet<>();
            for (List<String> s : sideStems) {
                if (s.isEmpty()) {
                    keys.clear();
                    break;
                }
                keys.add(Vocabulary.key(s));
                all.addAll(s);
            }
            if (keys.size() >= 2 && all.size() <= MAX_STEMS * 2) {
                keys.sort(null);
                return Optional.of(new Term(text, "vs: " + String.join(" | ", keys), List.copyOf(all), true, notes));
            }
            notes.clear();
        }
        List<String> s = stems(text, notes);
        if (s.isEmpty() || s.size() > MAX_STEMS) {
            return Optional.empty();
        }
        String key = Vocabulary.key(s);
        if (vocabulary.isGeneric(key)) {
            return Optional.empty();
        }
        return Optional.of(new Term(text, key, List.copyOf(new LinkedHashSet<>(s)), false, notes));
    }

    /** "Horizontal vs vertical scaling" compares horizontal scaling with vertical scaling. */
    private static void shareTheLastWord(List<List<String>> sides) {
        List<String> last = sides.get(sides.size() - 1);
        for (int i = 0; i < sides.size() - 1; i++) {
            if (sides.get(i).size() != 1 || last.size() < 2) {
                return;
            }
        }
        for (int i = 0; i < sides.size() - 1; i++) {
            sides.get(i).add(last.get(last.size() - 1));
        }
    }

    /** Stems of a text after synonyms and without stop words and noise words; notes say what changed. */
    List<String> stems(String text, List<String> notes) {
        List<String> stems = new ArrayList<>();
        for (String st : forms.stems(text)) {
            if (!vocabulary.isStopword(st)) {
                stems.add(st);
            }
        }
        stems = replaceSynonyms(stems, notes);
        List<String> kept = new ArrayList<>(stems.size());
        List<String> dropped = new ArrayList<>();
        int i = 0;
        outer:
        while (i < stems.size()) {
            for (List<String> n : vocabulary.noiseStartingWith(stems.get(i))) {
                if (startsAt(stems, i, n)) {
                    dropped.add(String.join(" ", n));
                    i += n.size();
                    continue outer;
                }
            }
            kept.add(stems.get(i++));
        }
        if (kept.isEmpty()) {
            return stems; // all noise: "Strategy" alone is the design pattern
        }
        if (!dropped.isEmpty()) {
            notes.add("'" + String.join("', '", dropped) + "' does not change the concept");
        }
        return kept;
    }

    private List<String> replaceSynonyms(List<String> stems, List<String> notes) {
        List<String> out = new ArrayList<>(stems.size());
        int i = 0;
        outer:
        while (i < stems.size()) {
            for (Vocabulary.Synonym s : vocabulary.synonymsStartingWith(stems.get(i))) {
                if (startsAt(stems, i, s.alias())) {
                    out.addAll(s.canonical());
                    if (!s.reason().isEmpty()) {
                        notes.add(s.reason());
                    }
                    i += s.alias().size();
                    continue outer;
                }
            }
            out.add(stems.get(i++));
        }
        return out;
    }

    private static boolean startsAt(List<String> list, int at, List<String> phrase) {
        if (phrase.isEmpty() || at + phrase.size() > list.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!list.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Stems that say where a label is, for telling homonyms apart: no stop words, noise or digits. */
    Set<String> contextStems(String label) {
        Set<String> out = new LinkedHashSet<>();
        String text = STEP.matcher(clean(label)).replaceFirst("");
        if (isStructural(text)) {
            return out;
        }
        for (String st : stems(text, new ArrayList<>())) {
            if (!Character.isDigit(st.charAt(0))) {
                out.add(st);
            }
        }
        return out;
    }
}
