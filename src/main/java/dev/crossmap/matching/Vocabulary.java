package dev.crossmap.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words matching needs to know, read from {@code vocabulary.txt} next to this class: structural labels
 * ("Key Topics:"), noise words that do not change a concept ("basics"), generic labels that are never a
 * concept on their own ("patterns"), homonyms whose meaning depends on their ancestors ("fixtures"), and
 * synonyms and abbreviations ("JWT = JSON Web Token"). Everything is kept as stems, so "strategy" also
 * covers "strategies".
 */
final class Vocabulary {
    /**
     * One spelling of a concept and the spelling it stands for.
     *
     * @param canonical stems of the canonical spelling
     * @param alias     stems of the other spelling
     * @param reason    "synonym: JWT = JSON Web Token", for explanations
     */
    record Synonym(List<String> canonical, List<String> alias, String reason) {
    }

    private final Set<String> structural = new HashSet<>();
    private final List<List<String>> noise = new ArrayList<>();
    private final Set<String> stopwords = new HashSet<>();
    private final Set<String> generic = new HashSet<>();
    private final Set<String> homonyms = new HashSet<>();
    private final List<Synonym> synonyms = new ArrayList<>();
    private final java.util.Map<String, List<Synonym>> synonymsByFirst = new java.util.HashMap<>();
    private final java.util.Map<String, List<List<String>>> noiseByFirst = new java.util.HashMap<>();
    /** The noise words of one stem, for {@link #isNoiseWord}. */
    private final Set<String> noiseWords = new HashSet<>();
    /** Each structural label's text up to its first space: a label with another start is not looked up whole. */
    private final Set<String> structuralHeads = new HashSet<>();

    private static final java.util.regex.Pattern FOLD_TAG = java.util.regex.Pattern.compile("\\s@([A-Z])$");

    private Vocabulary() {
    }

    /** The vocabulary shipped with Crossmap. */
    static Vocabulary standard(WordForms forms) {
        return standard(forms, Set.of(), "");
    }

    /**
     * The shipped vocabulary without the entries learned on {@code heldOutFolds} (tagged {@code @A} or
     * {@code @B}), followed by the user's own entries.
     */
    static Vocabulary standard(WordForms forms, Set<String> heldOutFolds, String user) {
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.txt is missing from the app");
            }
            // The user's entries come last: a section header starts their file, so they never land in ours.
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n" + user, forms, heldOutFolds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the vocabulary format: "[section]" headers, one entry a line, '#' comments. */
    static Vocabulary read(String text, WordForms forms) {
        return read(text, forms, Set.of());
    }

    /**
     * Reads the vocabulary format; an entry ending in {@code @A} or {@code @B} was chosen while looking at
     * that fold of the labelled roadmaps and is left out when that fold is held out.
     */
    static Vocabulary read(String text, WordForms forms, Set<String> heldOutFolds) {
        Vocabulary v = new Vocabulary();
        String section = "";
        List<String[]> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1).strip().toLowerCase(java.util.Locale.ROOT);
                    continue;
                }
                java.util.regex.Matcher fold = FOLD_TAG.matcher(entry);
                if (fold.find()) {
                    if (heldOutFolds.contains(fold.group(1))) {
                        continue;
                    }
                    entry = entry.substring(0, fold.start()).strip();
                }
                entries.add(new String[] {section, entry});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Whole words first: every other entry must be stemmed the way labels will be.
        for (String[] e : entries) {
            if (e[0].equals("whole words")) {
                v.add(e[0], e[1], forms);
            }
        }
        for (String[] e : entries) {
            if (!e[0].equals("whole words")) {
                v.add(e[0], e[1], forms);
            }
        }
        // Longest spellings first, so "n+1 query problem" wins over "n+1".
        v.synonyms.sort(Comparator.comparingInt((Synonym s) -> s.alias().size()).reversed());
        v.noise.sort(Comparator.comparingInt((List<String> n) -> n.size()).reversed());
        for (Synonym s : v.synonyms) {
            v.synonymsByFirst.computeIfAbsent(s.alias().get(0), k -> new ArrayList<>()).add(s);
        }
        for (List<String> n : v.noise) {
            v.noiseByFirst.computeIfAbsent(n.get(0), k -> new ArrayList<>()).add(n);
            if (n.size() == 1) {
                v.noiseWords.add(n.get(0));
            }
        }
        for (String st : v.structural) {
            v.structuralHeads.add(headOf(st));
        }
        return v;
    }

    private void add(String section, String entry, WordForms forms) {
        switch (section) {
            case "structural" -> structural.add(String.join(" ", forms.stems(entry)));
            case "noise" -> noise.add(forms.stems(entry));
            case "stopwords" -> stopwords.add(forms.stem(entry));
            case "generic" -> generic.add(key(forms.stems(entry)));
            case "homonyms" -> homonyms.addAll(forms.stems(entry));
            case "whole words" -> forms.protect(entry);
            case "synonyms" -> {
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("a synonym line needs '=': " + entry);
                }
                String canonical = entry.substring(0, eq).strip();
                if (forms.stems(canonical).size() > 1) {
                    // The canonical spelling itself becomes the one word too, with nothing to explain.
                    synonyms.add(new Synonym(one(forms.stems(canonical)), forms.stems(canonical), ""));
                }
                for (String alias : entry.substring(eq + 1).split("\\|")) {
                    String a = alias.strip();
                    if (!a.isEmpty()) {
                        if (forms.stems(canonical).equals(forms.stems(a))) {
                            continue; // the stemmer already reads them alike
                        }
                        synonyms.add(new Synonym(one(forms.stems(canonical)), forms.stems(a),
                                "synonym: " + display(a) + " = " + display(canonical)));
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown vocabulary section [" + section + "]");
        }
    }

    /** A whole spelling as one word, so "cross-origin resource sharing" weighs as much as "CORS". */
    private static List<String> one(List<String> stems) {
        return List.of(String.join("_", stems));
    }

    /** Abbreviations in capitals, the rest as written: "jwt" reads "JWT". */
    private static String display(String s) {
        return s.length() <= 4 && s.matches("[a-z0-9+]+") ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    /** A concept key: the distinct stems, sorted, so word order does not matter. */
    static String key(List<String> stems) {
        int n = stems.size();
        if (n == 1) {
            return stems.get(0);
        }
        if (n == 2) { // the common case, without a TreeSet
            String a = stems.get(0);
            String b = stems.get(1);
            int c = a.compareTo(b);
            return c == 0 ? a : c < 0 ? a + " " + b : b + " " + a;
        }
        String[] sorted = stems.toArray(new String[0]); // the TreeSet's order and content, without a TreeSet
        java.util.Arrays.sort(sorted);
        return joinDistinct(sorted, sorted.length);
    }

    /** The distinct strings of a sorted array's first {@code n}, joined by spaces. */
    static String joinDistinct(String[] sorted, int n) {
        int length = 0;
        for (int i = 0; i < n; i++) {
            length += sorted[i].length() + 1;
        }
        StringBuilder sb = new StringBuilder(length); // room for all: no growing copies
        for (int i = 0; i < n; i++) {
            if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(sorted[i]);
            }
        }
        return sb.toString();
    }

    /** Whether a label (its stems, in order) only organises the roadmap: "Examples", "Example", "Key topics". */
    boolean isStructural(List<String> stems) {
        // Most labels start with a word no structural label starts with: no need to join their stems.
        if (!stems.isEmpty() && !structuralHeads.contains(headOf(stems.get(0)))) {
            return false;
        }
        return structural.contains(String.join(" ", stems));
    }

    /** A text up to its first space. */
    private static String headOf(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    boolean isGeneric(String key) {
        return generic.contains(key);
    }

    boolean isHomonym(String stem) {
        return homonyms.contains(stem);
    }

    boolean isStopword(String stem) {
        return stopwords.contains(stem);
    }

    /** Whether this stem alone is a noise word ("basics", "fundamentals", "prevention"). */
    boolean isNoiseWord(String stem) {
        return noiseWords.contains(stem);
    }

    /** Noise phrases starting with this stem, as stem sequences, longest first. */
    List<List<String>> noiseStartingWith(String stem) {
        return noiseByFirst.getOrDefault(stem, List.of());
    }

    /** Synonyms whose other spelling starts with this stem, longest first. */
    List<Synonym> synonymsStartingWith(String stem) {
        return synonymsByFirst.getOrDefault(stem, List.of());
    }
}
