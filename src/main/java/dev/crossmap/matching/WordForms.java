package dev.crossmap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words and their stems: splits text into lower-case words and reduces each to its Snowball (Porter2)
 * English stem, so "retries", "retry" and "retrying" all read "retri". Not thread-safe (the stemmer keeps
 * state); a cache keeps repeated words cheap.
 */
final class WordForms {
    /** Letters and digits of any script; '+' stays inside a word so "N+1" and "C++" survive. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\+[\\p{L}\\p{N}]*)*");

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Map<String, String> cache = new HashMap<>();

    /** The words of a text, lower-cased, in order. Anything that is not a letter or digit separates. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Keeps a word whole: the stemmer reads "observability" as "observ", the stem of "observer" too. */
    void protect(String word) {
        for (String w : words(word)) {
            cache.put(w, w);
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
        List<String> words = words(text);
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(stem(w));
        }
        return out;
    }
}
