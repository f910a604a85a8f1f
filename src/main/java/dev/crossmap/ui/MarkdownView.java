package dev.crossmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The read view of a note: Markdown rendered as JavaFX nodes. Blocks: headings, bullet and numbered lists,
 * quotes, code fences, paragraphs; inline: bold, italic, code and links (opened through {@code openLink}).
 */
final class MarkdownView extends VBox {
    private static final Pattern INLINE = Pattern.compile(
            "\\*\\*(.+?)\\*\\*|__(.+?)__|`([^`]+)`|\\[([^\\]]+)]\\(([^)\\s]+)\\)|(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?!\\*)|(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)|(https?://[^\\s)]+)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([-*+]|\\d+[.)])\\s+(.*)$");

    private final Consumer<String> openLink;

    MarkdownView(Consumer<String> openLink) {
        this.openLink = openLink;
        getStyleClass().add("markdown-view");
        setSpacing(6);
    }

    /** Shows {@code markdown}, replacing what was shown. */
    void show(String markdown) {
        getChildren().setAll(render(markdown == null ? "" : markdown));
    }

    private List<Node> render(String markdown) {
        List<Node> out = new ArrayList<>();
        String[] lines = markdown.split("\\R", -1);
        StringBuilder paragraph = new StringBuilder();
        StringBuilder code = null;
        for (String line : lines) {
            if (line.strip().startsWith("```")) {
                if (code == null) {
                    flush(paragraph, out);
                    code = new StringBuilder();
                } else {
                    Label block = new Label(code.toString().stripTrailing());
                    block.getStyleClass().add("md-code-block");
                    block.setWrapText(true);
                    out.add(block);
                    code = null;
                }
                continue;
            }
            if (code != null) {
                code.append(line).append('\n');
                continue;
            }
            Matcher h = HEADING.matcher(line);
            Matcher b = BULLET.matcher(line);
            if (line.isBlank()) {
                flush(paragraph, out);
            } else if (h.matches()) {
                flush(paragraph, out);
                TextFlow flow = inline(h.group(2));
                flow.getStyleClass().addAll("md-heading", "md-h" + h.group(1).length());
                out.add(flow);
            } else if (b.matches()) {
                flush(paragraph, out);
                int indent = b.group(1).replace("\t", "    ").length() / 2;
                String marker = b.group(2).matches("\\d+[.)]") ? b.group(2) + " " : "\u2022 ";
                TextFlow flow = inline(b.group(3));
                Text m = new Text(marker);
                m.getStyleClass().add("md-text");
                flow.getChildren().add(0, m);
                flow.setStyle("-fx-padding: 0 0 0 " + (8 + indent * 16) + ";");
                out.add(flow);
            } else if (line.startsWith(">")) {
                flush(paragraph, out);
                TextFlow flow = inline(line.replaceFirst("^>\\s?", ""));
                flow.getStyleClass().add("md-quote");
                out.add(flow);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(line.endsWith("  ") ? "\n" : " ");
                }
                paragraph.append(line.strip());
            }
        }
        if (code != null) {
            Label block = new Label(code.toString().stripTrailing());
            block.getStyleClass().add("md-code-block");
            out.add(block);
        }
        flush(paragraph, out);
        return out;
    }

    private void flush(StringBuilder paragraph, List<Node> out) {
        if (paragraph.length() > 0) {
            out.add(inline(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private TextFlow inline(String text) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-paragraph");
        Matcher m = INLINE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                flow.getChildren().add(text(text.substring(last, m.start()), "md-text"));
            }
            if (m.group(1) != null || m.group(2) != null) {
                flow.getChildren().add(text(m.group(1) != null ? m.group(1) : m.group(2), "md-bold"));
            } else if (m.group(3) != null) {
                flow.getChildren().add(text(m.group(3), "md-code"));
            } else if (m.group(4) != null) {
                flow.getChildren().add(link(m.group(4), m.group(5)));
            } else if (m.group(6) != null || m.group(7) != null) {
                flow.getChildren().add(text(m.group(6) != null ? m.group(6) : m.group(7), "md-italic"));
            } else {
                flow.getChildren().add(link(m.group(8), m.group(8)));
            }
            last = m.end();
        }
        if (last < text.length()) {
            flow.getChildren().add(text(text.substring(last), "md-text"));
        }
        return flow;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }

    private Hyperlink link(String label, String url) {
        Hyperlink h = new Hyperlink(label);
        h.getStyleClass().add("md-link");
        h.setOnAction(e -> openLink.accept(url));
        h.setPadding(javafx.geometry.Insets.EMPTY);
        return h;
    }
}
