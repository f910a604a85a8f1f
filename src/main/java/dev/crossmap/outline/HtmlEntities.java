package dev.crossmap.outline;

import org.jsoup.nodes.Entities;

/**
 * Character references as HTML and Markdown write them, the one table every reader decodes with: every HTML5
 * name ({@code &Eacute;}, {@code &hellip;}, {@code &NotNestedGreaterGreater;}; the table is jsoup's), decimal
 * {@code &#233;} and hexadecimal {@code &#x1F9E0;} numbers, with HTML's reading of {@code &#150;} as the
 * Windows-1252 character ("–") old editors meant. A reference needs its closing semicolon (CommonMark's rule),
 * so "AT&amp;T", "Q&amp;A" and "&amp;copy 2020" stay as written, and so does anything that names no character.
 * Linear in the length of the text.
 */
final class HtmlEntities {
    /** The longest HTML5 name, "CounterClockwiseContourIntegral", has 31 letters. */
    private static final int LONGEST_NAME = 32;
    /** "&#x10FFFF;" and "&#1114111;" are the longest numbers that name a character. */
    private static final int LONGEST_NUMBER = 8;

    private HtmlEntities() {
    }

    /** The text with every character reference replaced by its characters. */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int end = decodeAt(s, amp, out);
            if (end < 0) {
                out.append('&');
                i = amp + 1;
            } else {
                i = end;
            }
            amp = s.indexOf('&', i);
        }
        return out.append(s, i, s.length()).toString();
    }

    /**
     * Decodes the reference whose {@code &} is at {@code amp} into {@code out}.
     *
     * @return the index just after its semicolon, or -1 (nothing appended) when no reference starts there
     */
    static int decodeAt(CharSequence s, int amp, StringBuilder out) {
        int i = amp + 1;
        if (i < s.length() && s.charAt(i) == '#') {
            return number(s, i + 1, out);
        }
        int n = s.length();
        while (i < n && i - amp <= LONGEST_NAME && isAsciiLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == amp + 1 || i >= n || s.charAt(i) != ';') {
            return -1;
        }
        String chars = Entities.getByName(s.subSequence(amp + 1, i).toString());
        if (chars.isEmpty()) {
            return -1;
        }
        out.append(chars);
        return i + 1;
    }

    /** {@code 233;} or {@code x1F9E0;} from {@code from}; a number that names no character is no reference. */
    private static int number(CharSequence s, int from, StringBuilder out) {
        int n = s.length();
        boolean hex = from < n && (s.charAt(from) == 'x' || s.charAt(from) == 'X');
        int start = hex ? from + 1 : from;
        int i = start;
        long cp = 0;
        while (i < n && i - start < LONGEST_NUMBER && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0
                && s.charAt(i) < 128) {
            cp = cp * (hex ? 16 : 10) + Character.digit(s.charAt(i), hex ? 16 : 10);
            i++;
        }
        if (i == start || i >= n || s.charAt(i) != ';' || cp == 0 || cp > Character.MAX_CODE_POINT
                || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return -1;
        }
        int c = (int) cp;
        if (c >= 0x80 && c <= 0x9F) {
            out.append(TextDecoder.cp1252(c)); // as browsers do: C1 controls are what Windows-1252 put there
        } else {
            out.appendCodePoint(c);
        }
        return i + 1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
