package dev.crossmap.outline;

import java.util.Arrays;

/**
 * A text cut into lines without copying it: \n, \r\n and a lone \r each end a line, as {@link TextRepair}
 * counts them, so line numbers agree everywhere. A final line break does not start an extra empty line.
 */
final class SourceLines {
    private final String text;
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int count;

    SourceLines(String text) {
        this.text = text;
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                continue;
            }
            if (i == n && start == n && count > 0) {
                break;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            count++;
            if (i + 1 < n && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
    }

    int size() {
        return count;
    }

    /** Line {@code n}, 0-based, without its line break. */
    String get(int n) {
        return text.substring(starts[n], ends[n]);
    }
}
