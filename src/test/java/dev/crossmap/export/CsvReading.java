package dev.crossmap.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: records end with CRLF, quoted fields may hold anything. */
final class CsvReading {
    private CsvReading() {
    }

    static List<List<String>> records(String csv) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\r' || c == '\n') {
                throw new IllegalArgumentException("bare " + (int) c + " outside quotes at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return out;
    }
}
