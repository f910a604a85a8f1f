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
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:(?:\\d+\\.)+\\d*\\s+|\\d+(?:\\.\\d+)*\\s*[-\u2013\u2014)]\\s+)");
    /** "Phase 4", "Week 3", "Month 1-2": a step of a plan, not a concept. */
    private static final Pattern STEP = Pattern.compile(
            "^(?:[A-Za-z]+\\s+)?(?i:phase|weeks?|months?|step|part|stage|level|module|chapter|days?|section|track|unit|"
                    + "lesson|lecture|semester|milestone|tier|sprint|round|session|block|quarter|year)\\s*"
                    + "(?:[0-9]+|(?i:[ivx]+)\\b|[A-Z]\\b)(?:\\s*[-–]\\s*[0-9]+)?[^A-Za-z0-9(]*"
                    // any language: one word and a number before a separator ("Lección 3 - ", "Módulo 2: ")
                    + "|^\\p{L}+\\s+\\d+(?:\\.\\d+)*\\s*[-\u2013\u2014:.]\\s+");
    /** A duration or a count with its unit ("3-4 months", "10 h", "25%"): metadata, never a concept. */
    private static final Pattern DURATION = Pattern.compile(
            "^[~≈]?\\s*\\d+(?:[.,]\\d+)?(?:\\s*[-–]\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:%|h|hrs?|hours?|min|mins|minutes?|days?|"
                    + "weeks?|months?|years?|wks?|mo|yrs?)?\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:[,;&]|\\s\\+\\s|\\s/\\s|\\band\\b|\\bor\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A word in capitals that may be an abbreviation: "ML", "CKA", "APIs". */
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z][A-Z0-9]{1,5}s?(?![\\p{L}\\p{N}])");
    private static final Pattern VERSUS = Pattern.compile("\\s+(?:vs\\.?|versus)\\s+", Pattern.CASE_INSENSITIVE);
    /** Code rather than a name: a call "f(a, b)" or a quoted symbol "\"/\" separator". */
    private static final Pattern CODE = Pattern.compile("[A-Za-z_]\\(|\"[^A-Za-z0-9\"]*\"");
    /** More stems than this is a sentence, not a topic name. */
    private static final int MAX_STEMS = 6;

    /** How aspect phrases are written around a name: "How X works", "Understanding X", "Intro to X". */
    private static final Pattern ASPECT = Pattern.compile(
            "^(?:how\\s+(.+?)\\s+works?|(?:understanding|introduction to|intro to|getting started with|working with|"
                    + "mastering)\\s+(?=\\S)(.+))$", Pattern.CASE_INSENSITIVE);
    private static final Lexicon EMPTY = new Lexicon();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The words {@link #STEP} names a step by, lower-case. */
    private static final String[] STEP_WORDS = {"phase", "week", "month", "step", "part", "stage", "level", "module",
        "chapter", "day", "section", "track", "unit", "lesson", "lecture", "semester", "milestone", "tier", "sprint",
        "round", "session", "block", "quarter", "year"};

    private final WordForms forms;
    private final Vocabulary vocabulary;
    private final Lexicon lexicon;

    Normaliser(WordForms forms, Vocabulary vocabulary) {
        this(forms, vocabulary, EMPTY);
    }

    private Normaliser(WordForms forms, Vocabulary vocabulary, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.forms = forms;
        this.vocabulary = vocabulary;
    }

    /** A label as shown to a reader: markup, hours and spans removed, spaces tidied. */
    static String clean(String label) {
        if (label.indexOf('[') < 0 && label.indexOf('*') < 0 && label.indexOf('`') < 0 && label.indexOf('<') < 0
                && label.indexOf('(') < 0 && label.indexOf('_') < 0 && label.indexOf('&') < 0 && label.indexOf('!') < 0
                && !hasDoubleSpaceOrDigitDot(label)) {
            return trimEnd(label.strip());
        }
        String s = LINK.matcher(label).replaceAll("$1");
        s = MARKUP.matcher(s).replaceAll("");
        s = HOURS.matcher(s).replaceAll("");
        s = SPAN.matcher(s).replaceAll("");
        s = NUMBERING.matcher(s).replaceFirst("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return trimEnd(s);
    }

    private static String trimEnd(String text) {
        String s = text;
        while (!s.isEmpty() && ".:;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    /** Whether the fast path of {@link #clean} would miss something: runs of spaces, tabs or leading numbering. */
    private static boolean hasDoubleSpaceOrDigitDot(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u00A0'
                    || c == ' ' && i + 1 < label.length() && Character.isWhitespace(label.charAt(i + 1))) {
                return true;
            }
        }
        String t = label.stripLeading();
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    /** This normaliser for another thread: the same readings, word forms of its own ({@link WordForms#copy}). */
    Normaliser copy() {
        return new Normaliser(forms.copy(), vocabulary, lexicon);
    }

    /** This normaliser reading with what one atlas defines: its abbreviations, typos and category heads. */
    Normaliser with(Lexicon atlasLexicon) {
        return new Normaliser(forms, vocabulary, atlasLexicon);
    }

    /** Whether a label is code ({@link #CODE}), which needs a '(' or a '"'. */
    private static boolean isCode(String label) {
        return (label.indexOf('(') >= 0 || label.indexOf('"') >= 0) && CODE.matcher(label).find();
    }

    /**
     * The text without a leading step ("Phase 4: "), as {@code STEP.matcher(text).replaceFirst("")}. The regex
     * runs only when it can match: its second form needs a digit, its first a step word at the start or after
     * one leading word of ASCII letters.
     */
    static String withoutStep(String text) {
        return hasAsciiDigit(text) || startsWithStepWord(text, 0) || startsWithStepWord(text, afterFirstWord(text))
                ? STEP.matcher(text).replaceFirst("") : text;
    }

    private static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Where a second word starts after {@code [A-Za-z]+\s+} at the start of the text, or -1. */
    private static int afterFirstWord(String text) {
        int i = 0;
        while (i < text.length() && isAsciiLetter(text.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return -1;
        }
        int j = i;
        while (j < text.length() && isRegexSpace(text.charAt(j))) {
            j++;
        }
        return j > i ? j : -1;
    }

    private static boolean startsWithStepWord(String text, int at) {
        if (at < 0) {
            return false;
        }
        for (String w : STEP_WORDS) {
            if (text.regionMatches(true, at, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code \s} of a regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Reads one label. */
    Reading read(String label) {
        if (isCode(label)) {
            return Reading.NONE;
        }
        return readClean(withoutAspect(clean(label)));
    }

    /**
     * A line's content stems in order (stop words, noise and step labels left out, synonyms and typos applied),
     * for finding the concepts it mentions; empty for code and structural labels.
     */
    List<String> contentStems(String label) {
        if (isCode(label)) {
            return List.of();
        }
        String text = withoutStep(withoutAspect(clean(label))).strip();
        if (isStructural(text)) {
            return List.of();
        }
        return stems(text.replace('(', ' ').replace(')', ' '), new ArrayList<>());
    }

    /** Whether a label only organises: a structural label (asides aside), or a step with nothing after it. */
    boolean onlyOrganises(String label) {
        String text = clean(label);
        String stepless = withoutStep(text).strip();
        if (stepless.isEmpty()) {
            return !text.isEmpty();
        }
        String core = withoutAsides(stepless);
        int colon = topLevelColon(core);
        if (colon >= 0 && core.substring(colon + 1).isBlank()) {
            core = core.substring(0, colon);
        }
        return !core.isBlank() && isStructural(core);
    }

    /** Words that make a line a phrase with structure ("Using lists to store data") rather than a name. */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("to", "for", "with", "of", "in", "on",
            "as", "using", "use", "from", "into", "by", "via", "how", "what", "why", "when", "which", "is", "are");

    /** A word that starts the context of a phrase: what follows it is where or for whom, not what. */
    private static final Pattern CONTEXT = Pattern.compile("\\s(?:in|for|with|on|at|within|across|inside)\\s",
            Pattern.CASE_INSENSITIVE);

    /** The part of a line before its context: "Bias-variance trade-off" of "… in machine learning". */
    static String beforeContext(String label) {
        String text = clean(label);
        java.util.regex.Matcher m = CONTEXT.matcher(text);
        return m.find() && m.start() > 0 ? text.substring(0, m.start()) : text;
    }

    /**
     * The words before a line's first ':' or spaced dash ("Code" of "2.1 Code - Python Fundamentals"), lower-cased,
     * or "" when it has none; a head many lines of one roadmap share is a category, not a concept.
     */
    static String headOf(String label) {
        String text = withoutStep(clean(label)).strip();
        int colon = topLevelColon(text);
        return colon > 0 && !text.contains("://") ? text.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** Whether a line reads as a phrase with structure ("Using lists to store data") rather than a name. */
    boolean isPhrase(String label) {
        List<String> words = WordForms.words(clean(label));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // A line in Chinese or Japanese is read as a phrase: its names are the Latin words inside it.
            if (CONNECTORS.contains(w) || WordForms.isCjk(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** "How garbage collection works" teaches garbage collection. */
    static String withoutAspect(String text) {
        if (!startsWithAspect(text)) {
            return text;
        }
        java.util.regex.Matcher m = ASPECT.matcher(text);
        if (!m.matches()) {
            return text;
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }

    /** Whether a text starts with a word {@link #ASPECT} needs first (checked before running it). */
    private static boolean startsWithAspect(String text) {
        return text.regionMatches(true, 0, "how", 0, 3) || text.regionMatches(true, 0, "understanding", 0, 13)
                || text.regionMatches(true, 0, "intro", 0, 5) || text.regionMatches(true, 0, "getting", 0, 7)
                || text.regionMatches(true, 0, "working", 0, 7) || text.regionMatches(true, 0, "mastering", 0, 9);
    }

    private Reading readClean(String cleaned) {
        String text = cleaned;
        String stepless = withoutStep(text);
        boolean step = stepless.length() != text.length();
        text = stepless.strip();
        int colon = topLevelColon(text);
        if (colon >= 0 && !text.contains("://")) {
            String head = text.substring(0, colon).strip();
            String rest = text.substring(colon + 1).strip();
            if (step && head.isEmpty() || isStructural(head) || lexicon.isCategory(head)) {
                return rest.isEmpty() ? Reading.NONE : readText(rest);
            }
            if (rest.isEmpty()) {
                return readText(head);
            }
            // "Indexing: B-Tree, Hash": the head is the topic, the list after it its parts.
            Reading h = readText(head);
            if (h.isEmpty()) {
                return readText(rest); // "Lección 3 - Variables", "Example: a dictionary for polynomials"
            }
            List<Term> parts = new ArrayList<>(h.parts());
            List<String> listed = split(withoutAsides(rest));
            // After the name, a list of short names is its parts; anything longer describes it.
            if (listed.stream().allMatch(this::isShortName)) {
                for (String p : listed) {
                    part(p).ifPresent(parts::add);
                }
            }
            List<Term> asideTerms = new ArrayList<>(h.asides());
            for (String aside : asides(rest)) {
                for (String p : split(aside)) {
                    part(p).ifPresent(asideTerms::add);
                }
            }
            return new Reading(h.whole(), parts, asideTerms);
        }
        return readText(text);
    }

    /**
     * The first ':' outside parentheses, or a spaced dash (" - ", " – ", " — ") that separates a name from
     * what follows it ("Operating System - Linux Fundamentals"); -1 when there is none.
     */
    private static int topLevelColon(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ':' || (c == '-' || c == '\u2013' || c == '\u2014') && i > 0
                    && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ')) {
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
        List<String> asides = asides(text);
        List<String> notes = new ArrayList<>();
        Optional<Term> whole;
        // "Continuous Integration (CI)" and "CI (Continuous Integration)" name one concept, written both ways.
        String both = null;
        for (int i = 0; i < asides.size(); i++) {
            String a = asides.get(i);
            if (Lexicon.isAbbreviationOf(a, core)) {
                both = a + " = " + core;
                asides = without(asides, a);
                break;
            }
            if (Lexicon.isAbbreviationOf(core, a)) {
                both = core + " = " + a;
                core = a;
                asides = without(asides, a);
                break;
            }
        }
        whole = both == null ? abbreviation(core) : Optional.empty();
        if (whole.isEmpty()) {
            whole = term(core);
            if (both != null && whole.isPresent()) {
                Term w = whole.get();
                List<String> n = new ArrayList<>(w.notes());
                n.add(both + " (written both ways)");
                whole = Optional.of(new Term(w.text(), w.key(), w.stems(), w.comparison(), n));
            }
        }
        List<Term> parts = new ArrayList<>();
        if (whole.isPresent() && whole.get().comparison()) {
            parts.addAll(sides(core));
        } else {
            List<String> pieces = split(core);
            // A list of names ("Sessions, cookies, JWT"), not a title with an "and" in it ("Signal and the noise
            // of big data / Book"): every piece is a short name.
            if (pieces.size() >= 2 && pieces.stream().allMatch(this::isShortName)) {
                for (String p : pieces) {
                    part(p).ifPresent(parts::add);
                }
                // "Algebra and topology" is two concepts read together, not the one "algebraic topology" names.
                if (whole.isPresent() && parts.size() >= 2) {
                    Term w = whole.get();
                    whole = Optional.of(new Term(w.text(), "&: " + w.key(), w.stems(), false, w.notes()));
                }
            }
        }
        // "Caching (Redis, CDN)" teaches caching, Redis and CDNs (if the atlas names them elsewhere).
        if (asides.isEmpty()) {
            return new Reading(whole, parts, List.of());
        }
        List<Term> asideTerms = new ArrayList<>();
        for (String a : asides) {
            for (String p : split(a)) {
                part(p).ifPresent(asideTerms::add);
            }
        }
        return new Reading(whole, parts, asideTerms);
    }

    private static List<String> without(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.remove(item);
        return out;
    }

    /** At most three content words: a name, not a description. */
    private boolean isShortName(String text) {
        return stems(text, new ArrayList<>()).size() <= 3;
    }

    /** A part of a compound label: a term unless it only organises, is all noise, or is an abbreviation. */
    private Optional<Term> part(String text) {
        String t = text.strip();
        if (t.isEmpty() || hasAsciiDigit(t) && DURATION.matcher(t).matches() || isStructural(t)) {
            return Optional.empty(); // all noise ("(advanced)") is left out by term()
        }
        Optional<Term> a = abbreviation(t);
        return a.isPresent() ? a : term(t);
    }

    /** An abbreviation written alone ("CI"), read as the name the atlas spells it with. */
    private Optional<Term> abbreviation(String text) {
        String t = text.strip();
        Optional<Lexicon.Expansion> e = lexicon.expand(t);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Optional<Term> full = term(e.get().text());
        if (full.isEmpty() || full.get().comparison()) {
            return Optional.empty();
        }
        Term f = full.get();
        List<String> notes = new ArrayList<>(f.notes());
        notes.add(e.get().note(t));
        return Optional.of(new Term(t, f.key(), f.stems(), false, notes));
    }

    private boolean isAllNoise(List<String> stems) {
        int i = 0;
        outer:
        while (i < stems.size()) {
            List<List<String>> noise = vocabulary.noiseStartingWith(stems.get(i));
            for (int k = 0; k < noise.size(); k++) {
                List<String> n = noise.get(k);
                if (startsAt(stems, i, n)) {
                    i += n.size();
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** The sides of a comparison, each a term ("Horizontal vs vertical scaling": both scalings). */
    private List<Term> sides(String text) {
        String[] sides = VERSUS.split(text);
        List<List<String>> sideStems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String side : sides) {
            sideStems.add(new ArrayList<>(stems(side, notes)));
        }
        shareTheLastWord(sideStems);
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < sides.length; i++) {
            List<String> st = sideStems.get(i);
            Optional<Term> a = abbreviation(sides[i]);
            if (a.isPresent()) {
                out.add(a.get());
            } else if (!st.isEmpty() && st.size() <= MAX_STEMS && !vocabulary.isGeneric(Vocabulary.key(st))) {
                out.add(new Term(sides[i].strip(), Vocabulary.key(st), List.copyOf(new LinkedHashSet<>(st)), false,
                        List.of("one side of '" + text.strip() + "'")));
            }
        }
        return out;
    }

    /** The contents of the top-level parentheses of a text, in order. */
    private static List<String> asides(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    start = i + 1;
                }
            } else if (c == ')' && depth > 0) {
                if (--depth == 0 && start >= 0) {
                    String inner = text.substring(start, i).strip();
                    if (!inner.isEmpty()) {
                        out.add(inner.replace("(", " ").replace(")", " ").strip());
                    }
                }
            }
        }
        return out;
    }

    /** The text without asides in parentheses; the aside itself when nothing else is left. */
    private static String withoutAsides(String text) {
        if (text.indexOf('(') < 0 && text.indexOf(')') < 0 && !hasSpaceToTidy(text)) {
            return text.strip(); // nothing for PARENS or SPACES to replace
        }
        String s = text;
        for (int i = 0; i < 3; i++) {
            s = PARENS.matcher(s).replaceAll(" ");
        }
        s = SPACES.matcher(s.replace("(", " ").replace(")", " ")).replaceAll(" ").strip();
        return s.isEmpty() ? text.replace("(", " ").replace(")", " ").strip() : s;
    }

    /** Whether {@link #SPACES} would change a text: a {@code \s} other than ' ', or two in a row. */
    private static boolean hasSpaceToTidy(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && isRegexSpace(c) || c == ' ' && i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #PARTS} can split a text: it needs one of ",;&amp;+/" or a word "and"/"or" (a match of either
     * starts and ends at a word boundary, so no ASCII letter, digit or '_' touches it).
     */
    private static boolean mayHaveParts(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '&' || c == '+' || c == '/') {
                return true;
            }
            if ((c == 'a' || c == 'A' || c == 'o' || c == 'O') && (i == 0 || !isAsciiWordChar(text.charAt(i - 1)))) {
                int len = c == 'a' || c == 'A' ? 3 : 2;
                if (text.regionMatches(true, i, len == 3 ? "and" : "or", 0, len)
                        && (i + len == n || !isAsciiWordChar(text.charAt(i + len)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiWordChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    private static List<String> split(String text) {
        if (!mayHaveParts(text)) {
            List<String> one = new ArrayList<>(1);
            if (!text.isBlank()) {
                one.add(text.strip()); // what the loop below makes of a text PARTS does not split
            }
            return one;
        }
        List<String> out = new ArrayList<>();
        for (String p : PARTS.split(text)) {
            // "Machine Learning/Data Mining" is two names; "CI/CD", "TCP/IP", "pub/sub" are one.
            String[] slashed = p.indexOf('/') > 0 && p.indexOf(' ') > 0 ? p.split("/") : new String[] {p};
            for (String q : slashed) {
                if (!q.isBlank()) {
                    out.add(q.strip());
                }
            }
        }
        return out;
    }

    private boolean isStructural(String text) {
        List<String> stems = forms.stems(text); // a new list, ours to change
        if (vocabulary.isStructural(stems)) {
            return true;
        }
        // "With examples" organises as "Examples" does. An index loop: a method reference is an object per call.
        int kept = 0;
        for (int i = 0; i < stems.size(); i++) {
            if (!vocabulary.isStopword(stems.get(i))) {
                stems.set(kept++, stems.get(i));
            }
        }
        while (stems.size() > kept) {
            stems.remove(stems.size() - 1);
        }
        return !stems.isEmpty() && vocabulary.isStructural(stems);
    }

    /** One term, or nothing when the text is generic, empty or a sentence. */
    Optional<Term> term(String text) {
        List<String> notes = new ArrayList<>();
        String[] sides = mayCompare(text) ? VERSUS.split(text) : null;
        if (sides != null && sides.length >= 2) {
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
        if (s.isEmpty() || s.size() > MAX_STEMS || isAllNoise(s)) {
            return Optional.empty(); // "Overview", "Fundamentals": how deep, not what
        }
        String key = Vocabulary.key(s);
        if (vocabulary.isGeneric(key)) {
            return Optional.empty();
        }
        return Optional.of(new Term(text, key, distinct(s), false, notes));
    }

    /** Whether {@link #VERSUS} may split a text: it needs a 'v' followed by 's' or "ersus", in any case. */
    private static boolean mayCompare(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'v' || c == 'V') && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S'
                    || text.regionMatches(true, i + 1, "ersus", 0, 5))) {
                return true;
            }
        }
        return false;
    }

    /** The distinct stems in their first order, as {@code List.copyOf(new LinkedHashSet<>(stems))}. */
    private static List<String> distinct(List<String> stems) {
        for (int i = 1; i < stems.size(); i++) {
            if (stems.indexOf(stems.get(i)) != i) {
                return List.copyOf(new LinkedHashSet<>(stems)); // a repeated stem
            }
        }
        return List.copyOf(stems);
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
        List<String> stems = stemsOf(text, notes); // a new list, ours to change
        // Chinese or Japanese runs are sentences without spaces, not names: the Latin names inside a line
        // ("Redis 和 Memcached 有什么区别") are what it can share with other roadmaps.
        int content = 0;
        for (int i = 0; i < stems.size(); i++) {
            String st = stems.get(i);
            if (!vocabulary.isStopword(st) && !WordForms.isCjk(st.charAt(0))) {
                stems.set(content++, st);
            }
        }
        while (stems.size() > content) {
            stems.remove(stems.size() - 1);
        }
        stems = replaceSynonyms(stems, notes);
        List<String> kept = null; // made at the first noise word: most labels have none and keep their stems
        List<String> dropped = null;
        int i = 0;
        outer:
        while (i < stems.size()) {
            List<List<String>> noise = vocabulary.noiseStartingWith(stems.get(i));
            for (int k = 0; k < noise.size(); k++) {
                List<String> n = noise.get(k);
                if (startsAt(stems, i, n)) {
                    if (dropped == null) {
                        dropped = new ArrayList<>();
                        kept = new ArrayList<>(stems.subList(0, i));
                    }
                    dropped.add(String.join(" ", n));
                    i += n.size();
                    continue outer;
                }
            }
            if (kept != null) {
                kept.add(stems.get(i));
            }
            i++;
        }
        if (kept == null || kept.isEmpty()) {
            return stems; // no noise, or all noise: "Strategy" alone is the design pattern
        }
        if (dropped != null) {
            notes.add("'" + String.join("', '", dropped) + "' does not change the concept");
        }
        return kept;
    }

    /** The stems with synonyms replaced: the same list when none is (most labels), else a new one. */
    private List<String> replaceSynonyms(List<String> stems, List<String> notes) {
        List<String> out = null; // made at the first synonym
        int i = 0;
        outer:
        while (i < stems.size()) {
            List<Vocabulary.Synonym> synonyms = vocabulary.synonymsStartingWith(stems.get(i));
            for (int k = 0; k < synonyms.size(); k++) {
                Vocabulary.Synonym s = synonyms.get(k);
                if (startsAt(stems, i, s.alias())) {
                    if (out == null) {
                        out = new ArrayList<>(stems.subList(0, i));
                    }
                    out.addAll(s.canonical());
                    if (!s.reason().isEmpty()) {
                        notes.add(s.reason());
                    }
                    i += s.alias().size();
                    continue outer;
                }
            }
            if (out != null) {
                out.add(stems.get(i));
            }
            i++;
        }
        return out == null ? stems : out;
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

    private List<String> stemsOf(String text, List<String> notes) {
        java.util.Map<String, Lexicon.Expansion> abbreviations = abbreviationsIn(text);
        if (!lexicon.hasTypos() && abbreviations.isEmpty()) {
            return forms.stems(text);
        }
        List<String> out = new ArrayList<>();
        for (String w : WordForms.words(text)) {
            Lexicon.Expansion e = abbreviations.get(w);
            if (e != null) {
                // "ML fundamentals" is about machine learning when the atlas spells ML out (or only one name fits)
                notes.add(e.note(w.toUpperCase(java.util.Locale.ROOT)));
                for (String x : WordForms.words(e.text())) {
                    out.add(forms.stem(x));
                }
                continue;
            }
            String c = lexicon.corrected(w);
            if (!c.equals(w)) {
                notes.add("typo: " + w + " \u2248 " + c);
            }
            out.add(forms.stem(c));
        }
        return out;
    }

    /** Whether every other word of the text is a stop word or a one-word noise word ("basics", "fundamentals"). */
    private boolean onlyNoiseBesides(String text, String token) {
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        for (String w : WordForms.words(text)) {
            if (w.equals(lower)) {
                continue;
            }
            String st = forms.stem(w);
            if (!vocabulary.isStopword(st) && !vocabulary.isNoiseWord(st)) {
                return false;
            }
        }
        return true;
    }

    /** Abbreviations written in capitals inside a longer text that the atlas can expand, by their lower-case form. */
    private java.util.Map<String, Lexicon.Expansion> abbreviationsIn(String text) {
        if (lexicon == EMPTY) {
            return java.util.Map.of();
        }
        if (!mayHaveCapitals(text)) {
            return java.util.Map.of();
        }
        java.util.Map<String, Lexicon.Expansion> out = new java.util.HashMap<>();
        boolean shortText = text.length() <= 80; // "ML fundamentals (breadth)": only short lines are read so
        java.util.regex.Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
            String token = m.group();
            // A label that is only the abbreviation is read by abbreviation(); inside a longer line only an
            // abbreviation the atlas defines counts ("CV" in "CV/Resume" is no guess at "cross validation").
            if (!text.strip().equals(token)) {
                boolean alone = shortText && onlyNoiseBesides(text, token); // "ML fundamentals": initials are enough
                lexicon.expand(token).filter(e -> alone || !e.where().isEmpty())
                        .ifPresent(e -> out.put(token.toLowerCase(java.util.Locale.ROOT), e));
            }
        }
        return out;
    }

    /** Whether {@link #CAPITALS} can match: it needs a capital A-Z followed by another or a digit. */
    private static boolean mayHaveCapitals(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if (c >= 'A' && c <= 'Z' && (d >= 'A' && d <= 'Z' || d >= '0' && d <= '9')) {
                return true;
            }
        }
        return false;
    }

    /** Stems that say where a label is, for telling homonyms apart: no stop words, noise or digits. */
    Set<String> contextStems(String label) {
        Set<String> out = new LinkedHashSet<>();
        String text = withoutStep(clean(label));
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
