package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words and their stems: splits text into lower-case words and reduces each to its Snowball (Porter2)
 * English stem, so "retries", "retry" and "retrying" all read "retri". Not thread-safe (the stemmer keeps
 * state); a cache keeps repeated words cheap.
 */
final class WordForms {

    private final EnglishStemmer stemmer = new EnglishStemmer();
    /** Word to stem, looked up by a word's characters inside a text: a cached word needs no string of its own. */
    private final StemCache cache = new StemCache();

    /** The words of a text, lower-cased, in order. Anything that is not a letter or digit separates. */
    static List<String> words(String text) {
        // A hand-written scan: this runs for every label several times per match, a regex is three times slower.
        int n = text.length();
        List<String> out = new ArrayList<>(Math.min(10, n / 5 + 1)); // about a word per 5 characters
        for (int start = wordStart(text, 0), end; start < n; start = wordStart(text, end)) {
            end = wordEnd(text, start);
            boolean lower = true;
            for (int k = start; k < end && lower; k++) {
                lower = Character.toLowerCase(text.charAt(k)) == text.charAt(k);
            }
            // A word already in lower case is a piece of the text as it is.
            out.add(lower ? text.substring(start, end) : lowerCase(text, start, end));
        }
        return out;
    }

    /** Where the next word starts at or after {@code from}: the next letter or digit, or the text's length. */
    private static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the word that starts at a letter or digit ends (exclusive). */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        boolean cjk = isCjk(text.charAt(start));
        int i = start + 1;
        while (i < n) {
            char d = text.charAt(i);
            if (Character.isLetterOrDigit(d)) {
                // Chinese and Japanese are written without spaces: "Redis和Memcached" is three words, not one.
                if (isCjk(d) != cjk) {
                    break;
                }
            } else if (d != '+') { // '+' stays inside a word: "n+1", "c++"
                break;
            }
            i++;
        }
        return i;
    }

    /** The characters start..end of a text, each in lower case: a word as {@link #words} gives it. */
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

    /**
     * Word forms for another thread: the same stems (the words kept whole among them), a stemmer and cache of its
     * own. Made on the thread that uses this one, before the other starts.
     */
    WordForms copy() {
        WordForms c = new WordForms();
        c.cache.words = cache.words.clone();
        c.cache.stems = cache.stems.clone();
        c.cache.size = cache.size;
        return c;
    }

    /** Keeps a word whole: the stemmer reads "observability" as "observ", the stem of "observer" too. */
    void protect(String word) {
        for (String w : words(word)) {
            cache.put(w, w);
            String plural = w + "s";
            if (cache.get(plural) == null) {
                cache.put(plural, w);
            } // "transformers" is still "transformer", not "transform"
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

    /**
     * The stems of a text's words, in order: the stems of {@link #words}, read in the same scan. A word whose stem
     * is cached is looked up by its characters in the text, so only a new word is made into a string (and a
     * label read twice in a row is simply read again: no copy of the last stems is kept).
     */
    List<String> stems(String text) {
        int n = text.length();
        List<String> out = new ArrayList<>(Math.min(10, n / 5 + 1));
        for (int start = wordStart(text, 0), end; start < n; start = wordStart(text, end)) {
            end = wordEnd(text, start);
            String s = cache.get(text, start, end);
            out.add(s != null ? s : stem(lowerCase(text, start, end)));
        }
        return out;
    }

    /**
     * Lower-case words and their stems in an open-addressing table. {@link #get(String, int, int)} finds a word
     * by the characters of a text, lower-casing them as it compares, exactly as if it had been given
     * {@code lowerCase(text, start, end)}: same hash (String's), same characters.
     */
    private static final class StemCache {
        private String[] words = new String[1024];
        private String[] stems = new String[1024];
        private int size;

        /** The stem cached for this word, or null. */
        String get(String word) {
            int mask = words.length - 1;
            for (int i = spread(word.hashCode()) & mask; words[i] != null; i = (i + 1) & mask) {
                if (words[i].equals(word)) {
                    return stems[i];
                }
            }
            return null;
        }

        /** The stem cached for the characters start..end of a text, lower-cased, or null. */
        String get(String text, int start, int end) {
            int h = 0;
            for (int k = start; k < end; k++) {
                h = 31 * h + Character.toLowerCase(text.charAt(k));
            }
            int mask = words.length - 1;
            for (int i = spread(h) & mask; words[i] != null; i = (i + 1) & mask) {
                if (sameLowerCase(words[i], text, start, end)) {
                    return stems[i];
                }
            }
            return null;
        }

        private static boolean sameLowerCase(String word, String text, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int k = start; k < end; k++) {
                if (word.charAt(k - start) != Character.toLowerCase(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        void put(String word, String stem) {
            int mask = words.length - 1;
            int i = spread(word.hashCode()) & mask;
            while (words[i] != null && !words[i].equals(word)) {
                i = (i + 1) & mask;
            }
            if (words[i] == null) {
                words[i] = word;
                size++;
            }
            stems[i] = stem;
            if (2 * size > words.length) {
                grow();
            }
        }

        private void grow() {
            String[] oldWords = words;
            String[] oldStems = stems;
            words = new String[oldWords.length * 2];
            stems = new String[oldWords.length * 2];
            size = 0;
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    put(oldWords[i], oldStems[i]);
                }
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }
}
