package dev.crossmap.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A note's Markdown as CommonMark with GitHub's tables, strikethrough and bare-URL links, and its task items
 * ({@code - [ ] read the paper}) found by their place in the note's text so that ticking one edits that text.
 * No JavaFX here: the task mapping is tested without a toolkit.
 */
final class NoteMarkdown {
    // Task items are ours, not commonmark-ext-task-list-items: that artifact is not on Maven Central for 0.31/0.32,
    // and ticking needs the marker's offset in the note, which the extension does not give.
    private static final Pattern MARKER = Pattern.compile("^\\[([ \\txX])](?:[ \\t]+|$)");
    // Parser instances are immutable and may be shared.
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private NoteMarkdown() {
    }

    /**
     * A task item of a note.
     *
     * @param markAt where the box's mark (the space or {@code x} between the brackets) is in the note's text
     * @param done   whether it is ticked
     */
    record Task(int markAt, boolean done) {
    }

    /** The note as a CommonMark tree, with block source positions (CommonMark bounds the nesting depth). */
    static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /**
     * The task of a list item whose text starts with {@code [ ]} or {@code [x]}, or empty; when there is one, the
     * marker is taken out of the item's text in the tree, so it shows as a box only.
     */
    static Optional<Task> takeTask(ListItem item, String source) {
        Optional<Task> task = taskOf(item, source);
        task.ifPresent(t -> {
            Text first = (Text) item.getFirstChild().getFirstChild();
            Matcher m = MARKER.matcher(first.getLiteral());
            if (m.find()) {
                first.setLiteral(first.getLiteral().substring(m.end()));
            }
        });
        return task;
    }

    private static Optional<Task> taskOf(ListItem item, String source) {
        if (!(item.getFirstChild() instanceof Paragraph p) || !(p.getFirstChild() instanceof Text first)) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(first.getLiteral());
        List<SourceSpan> spans = p.getSourceSpans();
        if (!m.find() || spans.isEmpty()) {
            return Optional.empty();
        }
        int at = spans.get(0).getInputIndex();
        // An escaped or entity-written bracket (\[ ]) reads the same but is not a box: the text must say [ ] there.
        if (at < 0 || at + 2 >= source.length() || source.charAt(at) != '[' || source.charAt(at + 2) != ']'
                || source.charAt(at + 1) != m.group(1).charAt(0)) {
            return Optional.empty();
        }
        return Optional.of(new Task(at + 1, !m.group(1).isBlank()));
    }

    /** Every task item of a note, in reading order. */
    static List<Task> tasks(String source) {
        List<Task> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(parse(source));
        // Depth-first with an explicit stack: a deep note costs memory, never the call stack.
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof ListItem item) {
                taskOf(item, source).ifPresent(out::add);
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                todo.push(c);
            }
        }
        return out;
    }

    /** The note with this task ticked (or unticked); empty when the note no longer has the box there. */
    static Optional<String> toggled(String source, Task task) {
        int at = task.markAt();
        if (at < 1 || at + 1 >= source.length() || source.charAt(at - 1) != '[' || source.charAt(at + 1) != ']') {
            return Optional.empty();
        }
        char now = source.charAt(at);
        boolean done = now == 'x' || now == 'X';
        if (done != task.done() || (!done && now != ' ' && now != '\t')) {
            return Optional.empty();
        }
        return Optional.of(source.substring(0, at) + (done ? ' ' : 'x') + source.substring(at + 1));
    }
}
