package dev.crossmap.outline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into text: byte-order marks (UTF-8, UTF-16), strict UTF-8, and Latin-1/cp1252 for
 * anything that is not UTF-8. Refuses binary data with a clear message.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Decodes {@code bytes} of the file {@code fileName}. */
    public static SourceText decode(String fileName, byte[] bytes) throws ImportException {
        List<ImportWarning> warnings = new ArrayList<>();
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            checkNotBinary(fileName, bytes);
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, Charset.forName("windows-1252"));
                warnings.add(new ImportWarning(fileName, 0, "not UTF-8: read as Windows-1252 (Latin-1)"));
            }
        }
        return new SourceText(fileName, text, warnings);
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
}
