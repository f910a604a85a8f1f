package dev.crossmap.outline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Repairs mojibake: text that was UTF-8 but was once decoded as Windows-1252 or MacRoman and saved again,
 * so that {@code —} became {@code â€”}, {@code 🧠} became {@code ðŸ§ } and {@code “} became {@code ‚Äú}.
 *
 * <p>It works on runs of non-ASCII characters, one line at a time: a run is turned back into the bytes
 * the wrong code page gave it and kept only if those bytes are valid UTF-8 and decode to plausible
 * characters (no controls, no private-use or unassigned code points). Correct text is left alone because
 * an accented letter on its own ({@code é}, {@code ü}, {@code Æ}) is never valid UTF-8 as a single byte.
 * Known limit: an upper-case accented letter glued to certain punctuation ({@code É…}) looks exactly like
 * mojibake and would be changed; real text almost never has them without a space between.
 */
public final class TextRepair {
    /** How the UTF-8 text had been misread. */
    public enum Misreading {
        CP1252("UTF-8 read as cp1252"),
        MAC_ROMAN("UTF-8 read as MacRoman");

        private final String description;

        Misreading(String description) {
            this.description = description;
        }

        /** E.g. "UTF-8 read as cp1252". */
        public String description() {
            return description;
        }
    }

    /**
     * A repaired line.
     *
     * @param text the line with its mojibake replaced
     * @param how  the misreading that was undone (the first one when a line had both)
     */
    public record LineRepair(String text, Misreading how) {
    }

    private static final short[] CP1252 = encoderTable(Charset.forName("windows-1252"));
    private static final short[] MAC_ROMAN = macRomanTable();
    private static final int MOST_WARNINGS = 200;

    private TextRepair() {
    }

    /** The line with mojibake repaired, or empty when there was nothing to repair. */
    public static Optional<LineRepair> repairLine(String line) {
        Misreading first = null;
        String current = line;
        // text that was misread twice needs two rounds
        for (int round = 0; round < 3; round++) {
            StringBuilder out = null;
            int copied = 0;
            int i = 0;
            int n = current.length();
            while (i < n) {
                if (current.charAt(i) < 0x80) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < n && current.charAt(end) >= 0x80) {
                    end++;
                }
                Misreading how = null;
                String fixed = repairRun(current, i, end, CP1252);
                if (fixed != null) {
                    how = Misreading.CP1252;
                } else if (MAC_ROMAN != null) {
                    fixed = repairRun(current, i, end, MAC_ROMAN);
                    how = fixed == null ? null : Misreading.MAC_ROMAN;
                }
                if (fixed != null) {
                    if (out == null) {
                        out = new StringBuilder(n);
                    }
                    out.append(current, copied, i).append(fixed);
                    copied = end;
                    first = first == null ? how : first;
                }
                i = end;
            }
            if (out == null) {
                break;
            }
            current = out.append(current, copied, n).toString();
        }
        return first == null ? Optional.empty() : Optional.of(new LineRepair(current, first));
    }

    /**
     * Repairs every line of {@code text}, adding one warning per repaired line (at most 200, then a
     * summary) to {@code warnings}.
     */
    static String repair(String fileName, String text, List<ImportWarning> warnings) {
        if (isAscii(text)) {
            return text;
        }
        StringBuilder out = null;
        int repaired = 0;
        int lineNo = 1;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            boolean ascii = true;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                ascii &= text.charAt(end) < 0x80;
                end++;
            }
            Optional<LineRepair> fix = ascii ? Optional.empty() : repairLine(text.substring(start, end));
            if (fix.isPresent()) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, start);
                }
                out.append(fix.get().text());
                if (++repaired <= MOST_WARNINGS) {
                    warnings.add(new ImportWarning(fileName, lineNo,
                            "repaired mojibake (" + fix.get().how().description() + ")"));
                }
            } else if (out != null) {
                out.append(text, start, end);
            }
            if (end >= n) {
                break;
            }
            int next = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            if (out != null) {
                out.append(text, end, next);
            }
            start = next;
            lineNo++;
        }
        if (repaired > MOST_WARNINGS) {
            warnings.add(new ImportWarning(fileName, 0,
                    "repaired mojibake on " + (repaired - MOST_WARNINGS) + " more lines"));
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The run text[from, to) decoded as UTF-8 after encoding it with {@code table}, or null. */
    private static String repairRun(String text, int from, int to, short[] table) {
        if (to - from < 2) {
            return null;
        }
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) {
            short b = table[text.charAt(i)];
            if (b < 0) {
                return null;
            }
            bytes[i - from] = (byte) b;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        char before = from == 0 ? ' ' : text.charAt(from - 1);
        return plausible(decoded, Character.isLetterOrDigit(before)) ? decoded : null;
    }

    private static boolean plausible(String s, boolean afterLetter) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE) {
                return false;
            }
            if (i == 0 && !afterLetter && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)) {
                return false; // a combining mark needs a letter before it
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** char → byte for the high half of a single-byte code page; -1 where the page has no byte. */
    private static short[] encoderTable(Charset charset) {
        short[] table = new short[0x10000];
        Arrays.fill(table, (short) -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, charset);
            char c = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
            // undefined cp1252 bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) come back as the C1 control of the same value
            table[c] = (short) b;
        }
        return table;
    }

    private static short[] macRomanTable() {
        try {
            return encoderTable(Charset.forName("x-MacRoman"));
        } catch (IllegalArgumentException e) {
            return null; // a runtime without jdk.charsets: MacRoman mojibake stays as it is
        }
    }
}
