package dev.crossmap.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: a field holding a comma, a double quote, CR or LF is put in
 * double quotes with each quote doubled, and every record ends with CRLF.
 */
public final class Csv {
    private Csv() {
    }

    /** One field, quoted only when it must be. */
    public static String field(String value) {
        String v = value == null ? "" : value;
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Appends one record and its CRLF. */
    public static void record(Appendable out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(fields.get(i)));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
