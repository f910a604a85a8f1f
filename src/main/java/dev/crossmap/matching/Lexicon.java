package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one atlas teaches matching about its own words, learned in a first pass over every label: abbreviations
 * the labels define ("Continuous Integration (CI)" defines CI for the whole atlas), the initials of its
 * multi-word names (so a bare "ML" meets "Machine Learning" when only one name has those initials), and obvious
 * typos (a rare long word one or two letters away from a word the atlas also uses: "authentification").
 */
final class Lexicon {
    /** An abbreviation: 2 to 6 capitals or digits, a capital first, maybe a plural 's' ("APIs"). */
    static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9&/]{1,5}s?");
    /** Words shorter than this are never read as typos: short real words differ by one letter all the time. */
    static final int TYPO_MIN_LENGTH = 8;
    /** From this length two edits are forgiven, if the first letters agree. */
    static final int TYPO2_MIN_LENGTH = 12;
    static final int TYPO2_PREFIX = 4;
    /** A word written more often than this is a word, not a typo. */
    static final int TYPO_MAX_FREQUENCY = 2;

    /**
     * An expansion of an abbreviation.
     *
     * @param text  the full name as written ("Continuous Integration")
     * @param where "file:line" of the label that defined it, or "" for initials found without a definition
     */
    record Expansion(String text, String where) {
        /** What a link says of it: "CI = Continuous Integration, defined at a.md:2" or "initials: ML = …". */
        String note(String written) {
            return where.isEmpty() ? "initials: " + written + " = " + text : written + " = " + text + ", defined at " + where;
        }
    }

    private static final Pattern PIECES = Pattern.compile("[(),:;&/]|\\s(?:and|or|vs\\.?)\\s");

    private final Map<String, Expansion> defined = new HashMap<>();
    private final Map<String, Set<String>> initials = new HashMap<>();
    private final Map<String, String> initialText = new HashMap<>();
    private final Map<String, Integer> wordCount = new HashMap<>();
    private Map<String, String> typos = Map.of();
    private final Set<String> categories = new HashSet<>();
    /** The labels already learned: a label written again only counts its words again. */
    private final Set<String> learned = new HashSet<>();

    /**
     * Learns the heads one roadmap repeats before a colon or dash ("Code - …", "Containers - …",
     * "Ejercicios: …"): three or more lines sharing a head make it a category that names no concept itself.
     */
    void learnHeads(List<String> heads) {
        Map<String, Integer> count = new HashMap<>();
        for (String h : heads) {
            if (!h.isEmpty()) {
                count.merge(h, 1, Integer::sum);
            }
        }
        count.forEach((h, n) -> {
            if (n >= 3) {
                categories.add(h);
            }
        });
    }

    /** Whether a head is a category of its roadmap. */
    boolean isCategory(String head) {
        return categories.contains(head.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * What the first pass reads of one clean label, before anything is counted or kept: the same wherever the label
     * is written, so it is read once per label, on any thread ({@link #study}).
     *
     * @param label      the clean label
     * @param words      all its words
     * @param definition "Full Name (ABBR)": the abbreviation (singular, lower case) and the name, else null
     * @param initials   per name whose initials a roadmap may write: the initials, the name's words, the piece as written
     */
    record Study(String label, List<String> words, String[] definition, List<String[]> initials) {
    }

    /**
     * Reads a clean label for the first pass: its words, its definition and its initials. Uses nothing of a lexicon
     * but the word forms given (a thread's own: the stemmer keeps state).
     */
    static Study study(String cleanLabel, WordForms forms, Vocabulary vocabulary) {
        List<String> all = WordForms.words(cleanLabel);
        if (all.size() > 12) {
            return new Study(cleanLabel, all, null, List.of()); // a sentence: no name whose initials matter, no definition
        }
        String[] definition = null;
        if (cleanLabel.indexOf('(') >= 0) {
            Optional<String[]> d = definition(cleanLabel);
            if (d.isPresent()) {
                definition = new String[] {d.get()[0].toLowerCase(Locale.ROOT), d.get()[1]};
            }
        }
        List<String[]> found = List.of();
        // A label PIECES does not split is one piece, whose words are all of the label's.
        String[] pieces = mayHavePieces(cleanLabel) ? PIECES.split(cleanLabel) : new String[] {cleanLabel};
        for (String piece : pieces) {
            List<String> pieceWords = piece == cleanLabel ? all : WordForms.words(piece);
            List<String> words = new ArrayList<>(pieceWords.size());
            boolean noisy = false;
            for (int i = 0; i < pieceWords.size(); i++) {
                String w = pieceWords.get(i);
                if (!vocabulary.isStopword(w)) {
                    words.add(w);
                }
                // "Cache stampede prevention" is no name whose initials a roadmap writes: "CSP" is another thing
                noisy |= vocabulary.isNoiseWord(forms.stem(w));
            }
            if (noisy) {
                continue;
            }
            if (words.size() >= 2 && words.size() <= 5 && allStartWithLetters(words)) {
                StringBuilder sb = new StringBuilder(words.size());
                for (int i = 0; i < words.size(); i++) {
                    sb.append(words.get(i).charAt(0));
                }
                if (found.isEmpty()) {
                    found = new ArrayList<>(2);
                }
                found.add(new String[] {sb.toString(), String.join(" ", words), piece.strip()});
            }
        }
        return new Study(cleanLabel, all, definition, found);
    }

    /**
     * Learns a label in the first pass, in the order the atlas writes them: its words are counted wherever it is
     * written; its definition and initials are kept from the first place.
     *
     * @param file where the label is written, with {@code line}: a definition says "file:line"
     */
    void learn(Study study, String file, int line) {
        count(study.words());
        if (!learned.add(study.label())) {
            return; // its definitions and initials are known already, the first place kept
        }
        if (study.definition() != null) {
            defined.putIfAbsent(study.definition()[0], new Expansion(study.definition()[1], file + ":" + line));
        }
        for (String[] ini : study.initials()) {
            initials.computeIfAbsent(ini[0], k -> new HashSet<>()).add(ini[1]);
            initialText.putIfAbsent(ini[1], ini[2]);
        }
    }

    private void count(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            wordCount.merge(words.get(i), 1, Integer::sum);
        }
    }

    private static boolean allStartWithLetters(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isLetter(words.get(i).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #PIECES} can split a label: it needs one of "(),:;&amp;/" or a whitespace before "and", "or", "vs". */
    private static boolean mayHavePieces(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ("(),:;&/".indexOf(c) >= 0 || Character.isWhitespace(c) && (label.startsWith("and", i + 1)
                    || label.startsWith("or", i + 1) || label.startsWith("vs", i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Finds the typos once every label has been learned. */
    void settle() {
        typos = Typos.find(wordCount, TYPO_MIN_LENGTH, TYPO2_MIN_LENGTH, TYPO2_PREFIX, TYPO_MAX_FREQUENCY);
        learned.clear();
    }

    /**
     * "Full Name (ABBR)" or "ABBR (Full Name)" where the capitals are the initials of the name: the abbreviation
     * and the full name, else nothing.
     */
    static Optional<String[]> definition(String label) {
        int open = label.lastIndexOf('(');
        int close = label.lastIndexOf(')');
        if (open <= 0 || close < open || !label.substring(close + 1).isBlank()) {
            return Optional.empty();
        }
        String outside = label.substring(0, open).strip();
        String inside = label.substring(open + 1, close).strip();
        if (isAbbreviationOf(inside, outside)) {
            return Optional.of(new String[] {singular(inside), outside});
        }
        if (isAbbreviationOf(outside, inside)) {
            return Optional.of(new String[] {singular(outside), inside});
        }
        return Optional.empty();
    }

    private static String singular(String abbr) {
        return abbr.length() > 2 && abbr.endsWith("s") ? abbr.substring(0, abbr.length() - 1) : abbr;
    }

    /**
     * Whether {@code abbr} is written in capitals and spells {@code name}: every word of the name gives its first
     * letter and maybe more letters of itself, in order ("MVCC" = Multi-Version Concurrency Control); small words
     * ("of", "and") may give nothing.
     */
    static boolean isAbbreviationOf(String abbr, String name) {
        if (!isAbbreviation(abbr)) {
            return false;
        }
        String letters = singular(abbr).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        List<String> words = WordForms.words(name.replace('-', ' '));
        if (words.size() < 2 || words.size() > 8 || letters.length() < 2) {
            return false;
        }
        return spells(letters, 0, words, 0);
    }

    /** Whether a text is written as {@link #ABBREVIATION} says, checked by hand (this runs for every label). */
    static boolean isAbbreviation(String text) {
        int n = text.length();
        if (n < 2 || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        int end = n >= 3 && text.charAt(n - 1) == 's' ? n - 1 : n; // the plural 's' is no capital or digit
        if (end - 1 > 5) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SMALL = Set.of("of", "and", "the", "a", "an", "for", "to", "in", "on", "as", "with");

    private static boolean spells(String letters, int li, List<String> words, int wi) {
        if (wi == words.size()) {
            return li == letters.length();
        }
        String w = words.get(wi);
        if (SMALL.contains(w) && spells(letters, li, words, wi + 1)) {
            return true;
        }
        if (li >= letters.length() || w.charAt(0) != letters.charAt(li)) {
            return false;
        }
        // The word gives its first letter, then any of its later letters in order.
        int take = li + 1;
        int at = 1;
        if (spells(letters, take, words, wi + 1)) {
            return true;
        }
        while (take < letters.length() && at < w.length()) {
            int found = w.indexOf(letters.charAt(take), at);
            if (found < 0) {
                break;
            }
            take++;
            at = found + 1;
            if (spells(letters, take, words, wi + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The expansion of an abbreviation written alone, from a definition in the atlas or unique initials. */
    Optional<Expansion> expand(String token) {
        if (!isAbbreviation(token)) {
            return Optional.empty();
        }
        String key = singular(token).toLowerCase(Locale.ROOT);
        Expansion d = defined.get(key);
        if (d != null) {
            return Optional.of(d);
        }
        Set<String> names = initials.get(key);
        if (names != null && names.size() == 1) {
            String name = names.iterator().next();
            return Optional.of(new Expansion(initialText.get(name), ""));
        }
        return Optional.empty();
    }

    /** The word a typo stands for, or the word itself. */
    String corrected(String word) {
        return typos.getOrDefault(word, word);
    }

    /** Whether any typo was found (so stems need the slower, corrected path). */
    boolean hasTypos() {
        return !typos.isEmpty();
    }
}
