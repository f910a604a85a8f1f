package dev.crossmap.outline;

import java.util.Optional;

/**
 * A plain-text outline with no Markdown in it at all — one topic per line, nested by indentation, as
 * outliners export it. {@link MarkdownReader} falls back to it when a file has no heading, bullet or
 * numbered item.
 */
final class IndentedText {
    private IndentedText() {
    }

    static ImportResult read(SourceText source, String format) {
        OutlineBuilder out = new OutlineBuilder(source.fileName());
        SourceLines lines = new SourceLines(source.text());
        OpenListItems open = new OpenListItems();
        String title = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (MarkdownLine.isBlank(line)) {
                continue;
            }
            MarkdownLine.Indent indent = MarkdownLine.indent(line);
            OpenListItems.Reading reading = open.read(indent);
            TopicLabel label = TopicLabel.of(line.substring(indent.contentStart()));
            if (label.isBlank()) {
                continue;
            }
            int parent = open.closeDownToIndent(reading.columns());
            int t = out.add(parent, label.text(), line, n + 1, label.meta(), Optional.empty());
            open.push(reading, t, null);
            title = title == null ? label.text() : title;
        }
        if (out.size() > 0) {
            out.warn(0, "no headings, bullets or numbered items: each line read as a topic, nested by indentation");
        }
        return out.build(title, format, source);
    }
}
