package dev.crossmap.outline;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into text: byte-order marks (UTF-8, UTF-16, UTF-32), UTF-16 without a mark (told by
 * its NUL bytes), strict UTF-8, and Windows-1252 (a superset of Latin-1) for lines that are not UTF-8 —
 * line by line, so one stray Latin-1 line does not turn a UTF-8 file into mojibake. Then
 * {@link TextRepair} undoes mojibake. Refuses binary data with a clear message; every guess is a warning.
 */
public final class TextDecoder {
    private static final int MOST_WARNINGS = 200;
    private static final char[] CP1252 = cp1252Chars();

    private TextDecoder() {
    }

    /** Decodes {@code bytes} of the file {@code fileName}. */
    public static SourceText decode(String fileName, byte[] bytes) throws ImportException {
        List<ImportWarning> warnings = new ArrayList<>();
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE, 0, 0) || startsWith(bytes, 0, 0, 0xFE, 0xFF)) {
            text = new String(bytes, 4, bytes.length - 4, Charset.forName(bytes[0] == 0 ? "UTF-32BE" : "UTF-32LE"));
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            Charset utf16 = utf16WithoutMark(bytes);
            if (utf16 != null) {
                text = new String(bytes, utf16);
                warnings.add(new ImportWarning(fileName, 0, "no byte-order mark: read as " + utf16.name()));
            } else {
                checkNotBinary(fileName, bytes);
                text = isUtf8(bytes, 0, bytes.length)
                        ? new String(bytes, StandardCharsets.UTF_8) : decodeLineByLine(fileName, bytes, warnings);
            }
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportException(fileName, lineOf(text, text.indexOf('\u0000')), "not a text file (NUL character)");
        }
        return new SourceText(fileName, TextRepair.repair(fileName, text, warnings), warnings);
    }

    /** UTF-8 lines stay UTF-8; the others are read as Windows-1252, with a warning for each. */
    private static String decodeLineByLine(String fileName, byte[] bytes, List<ImportWarning> warnings) {
        StringBuilder out = new StringBuilder(bytes.length);
        List<Integer> latin = new ArrayList<>();
        boolean sawUtf8 = false;
        int lineNo = 1;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            boolean ascii = true;
            while (end < bytes.length && bytes[end] != '\n') {
                ascii &= bytes[end] >= 0;
                end++;
            }
            int stop = Math.min(end + 1, bytes.length);
            if (ascii) {
                out.append(new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1));
            } else if (isUtf8(bytes, start, stop)) {
                out.append(new String(bytes, start, stop - start, StandardCharsets.UTF_8));
                sawUtf8 = true;
            } else {
                for (int i = start; i < stop; i++) {
                    out.append(CP1252[bytes[i] & 0xff]);
                }
                latin.add(lineNo);
            }
            lineNo += countLineBreaks(bytes, start, stop);
            start = stop;
        }
        if (!sawUtf8) {
            warnings.add(new ImportWarning(fileName, 0, "not UTF-8: read as Windows-1252 (Latin-1)"));
        } else {
            for (int i = 0; i < latin.size() && i < MOST_WARNINGS; i++) {
                warnings.add(new ImportWarning(fileName, latin.get(i), "line is not UTF-8: read as Windows-1252 (Latin-1)"));
            }
            if (latin.size() > MOST_WARNINGS) {
                warnings.add(new ImportWarning(fileName, 0,
                        (latin.size() - MOST_WARNINGS) + " more lines are not UTF-8: read as Windows-1252"));
            }
        }
        return out.toString();
    }

    /** Line breaks as the readers count them: \n, \r\n and a lone \r each end a line. */
    private static int countLineBreaks(byte[] bytes, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n' && (i == from || bytes[i - 1] != '\r')) {
                breaks++;
            } else if (bytes[i] == '\r') {
                breaks++;
            }
        }
        return breaks;
    }

    /** Strict UTF-8 check: no overlong forms, no surrogates, nothing above U+10FFFF. */
    static boolean isUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int more;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
                min2 = c == 0xE0 ? 0xA0 : 0x80;
                max2 = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
                min2 = c == 0xF0 ? 0x90 : 0x80;
                max2 = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + more >= to) {
                return false;
            }
            int second = b[i + 1] & 0xff;
            if (second < min2 || second > max2) {
                return false;
            }
            for (int k = 2; k <= more; k++) {
                int cont = b[i + k] & 0xff;
                if (cont < 0x80 || cont > 0xBF) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }

    /** UTF-16 without a byte-order mark shows as NUL bytes on every other position of mostly-ASCII text. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int limit = Math.min(bytes.length, 4096) & ~1;
        if (limit < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < limit; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = limit / 2;
        if (oddZeros * 10 >= pairs * 3 && evenZeros * 50 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 3 && oddZeros * 50 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static void checkNotBinary(String fileName, byte[] bytes) throws ImportException {
        int limit = Math.min(bytes.length, 8192);
        int line = 1;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                throw new ImportException(fileName, line, "not a text file (binary data at byte " + i + ")");
            }
        }
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r') || c == '\r') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** byte → char for Windows-1252; its five undefined bytes become the C1 controls Latin-1 gives them. */
    /** The character Windows-1252 puts at byte {@code b} (0-255); the byte's own code where it defines none. */
    static char cp1252(int b) {
        return CP1252[b & 0xff];
    }

    private static char[] cp1252Chars() {
        char[] chars = new char[256];
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            chars[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
        return chars;
    }
}
