package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words and their stems: splits text into lower-case words and reduces each to its Snowball (Porter2)
 * English stem, so "retries", "retry" and "retrying" all read "retri". Not thread-safe (the stemmer keeps
 * state); a cache keeps repeated words cheap.
 */
final class WordForms {

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Map<String, String> cache = new HashMap<>();
    /** The text {@link #stems} read last and its stems: a label is often read twice in a row. */
    private String lastText;
    private List<String> lastStems;

    /** The words of a text, lower-cased, in order. Anything that is not a letter or digit separates. */
    static List<String> words(String text) {
        // A hand-written scan: this runs for every label several times per match, a regex is three times slower.
        int n = text.length();
        List<String> out = new ArrayList<>(Math.min(10, n / 5 + 1)); // about a word per 5 characters
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean cjk = isCjk(c);
            boolean lower = Character.toLowerCase(c) == c;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    // Chinese and Japanese are written without spaces: "Redis和Memcached" is three words, not one.
                    if (isCjk(d) != cjk) {
                        break;
                    }
                    lower &= Character.toLowerCase(d) == d;
                } else if (d != '+') { // '+' stays inside a word: "n+1", "c++"
                    break;
                }
                i++;
            }
            // A word already in lower case is a piece of the text as it is.
            out.add(lower ? text.substring(start, i) : lowerCase(text, start, i));
        }
        return out;
    }

    /** The characters start..end of a text, each in lower case. */
    private static String lowerCase(String text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = Character.toLowerCase(text.charAt(i));
        }
        return new String(out);
    }

    /** Whether a character is written in a script without spaces between words (Han, kana, Hangul). */
    static boolean isCjk(char c) {
        if (c < 0x2E80) {
            return false; // every script below is written with spaces
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.HIRAGANA
                || b == Character.UnicodeBlock.KATAKANA || b == Character.UnicodeBlock.HANGUL_SYLLABLES
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
    }

    /** Keeps a word whole: the stemmer reads "observability" as "observ", the stem of "observer" too. */
    void protect(String word) {
        lastText = null; // its stems may change
        for (String w : words(word)) {
            cache.put(w, w);
            cache.putIfAbsent(w + "s", w); // "transformers" is still "transformer", not "transform"
        }
    }

    /** The stem of one lower-case word. */
    String stem(String word) {
        String s = cache.get(word);
        if (s == null) {
            if (word.length() < 3 || word.indexOf('+') >= 0 || Character.isDigit(word.charAt(0)) || !isAscii(word)) {
                s = word;
            } else {
                stemmer.setCurrent(word);
                stemmer.stem();
                s = stemmer.getCurrent();
            }
            cache.put(word, s);
        }
        return s;
    }

    /** The English stemmer only knows English: words in other scripts or with accents are kept whole. */
    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The stems of a text's words, in order. */
    List<String> stems(String text) {
        if (text.equals(lastText)) {
            return new ArrayList<>(lastStems); // the caller's own list, as always
        }
        List<String> out = words(text);
        for (int i = 0; i < out.size(); i++) {
            out.set(i, stem(out.get(i)));
        }
        lastText = text;
        lastStems = List.copyOf(out);
        return out;
    }
}
