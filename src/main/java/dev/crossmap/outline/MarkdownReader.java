package dev.crossmap.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown and plain-text outlines: {@code #} headings nest by level, bullets and numbered items nest by
 * indentation under the nearest heading.
 */
public final class MarkdownReader implements OutlineReader {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+(?:\\.\\d+)*\\.?)\\s+(.*)$");

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public boolean accepts(SourceText source) {
        return true;
    }

    @Override
    public ImportResult read(SourceText source) throws ImportException {
        OutlineBuilder b = new OutlineBuilder(source.fileName());
        String[] lines = source.text().split("\\R", -1);
        String title = null;
        // headingAt[level] = topic index of the open heading at that level
        int[] headingAt = new int[7];
        java.util.Arrays.fill(headingAt, OutlineBuilder.ROOT);
        List<int[]> items = new ArrayList<>(); // {indent, topic}
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                int level = h.group(1).length();
                int parent = OutlineBuilder.ROOT;
                for (int l = level - 1; l >= 1; l--) {
                    if (headingAt[l] != OutlineBuilder.ROOT) {
                        parent = headingAt[l];
                        break;
                    }
                }
                String label = h.group(2).strip();
                if (label.isEmpty()) {
                    continue;
                }
                int t = b.add(parent, label, line, n + 1);
                if (title == null) {
                    title = label;
                }
                headingAt[level] = t;
                for (int l = level + 1; l < headingAt.length; l++) {
                    headingAt[l] = OutlineBuilder.ROOT;
                }
                items.clear();
                continue;
            }
            Matcher m = ITEM.matcher(line);
            if (m.matches() && !m.group(2).isBlank()) {
                int indent = m.group(1).replace("\t", "    ").length();
                while (!items.isEmpty() && items.get(items.size() - 1)[0] >= indent) {
                    items.remove(items.size() - 1);
                }
                int parent = items.isEmpty() ? deepestHeading(headingAt) : items.get(items.size() - 1)[1];
                int t = b.add(parent, m.group(2).strip(), line, n + 1);
                items.add(new int[] {indent, t});
            }
        }
        return b.build(title, format(), source);
    }

    private static int deepestHeading(int[] headingAt) {
        for (int l = headingAt.length - 1; l >= 1; l--) {
            if (headingAt[l] != OutlineBuilder.ROOT) {
                return headingAt[l];
            }
        }
        return OutlineBuilder.ROOT;
    }
}
