package dev.crossmap.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a note's CommonMark tree into JavaFX nodes: blocks into panes, inline runs into one {@link TextFlow} per
 * paragraph. Colours and fonts come from style classes ({@code md-*}) so the theme decides them.
 */
final class NoteRenderer extends AbstractVisitor {
    /** Deeper than this (blocks and inlines counted together) the rest of a branch shows as its plain text. */
    static final int MAX_DEPTH = 40;
    private static final String[] BULLETS = {"\u2022", "\u25e6", "\u25aa"};

    private final String source;
    private final Consumer<String> openLink;
    private final Consumer<NoteMarkdown.Task> tick;
    private final Deque<Pane> blocks = new ArrayDeque<>();
    private final Deque<int[]> numbers = new ArrayDeque<>();
    private final List<String> styles = new ArrayList<>();
    private TextFlow flow;
    private int depth;
    private int listDepth;

    private NoteRenderer(String source, Consumer<String> openLink, Consumer<NoteMarkdown.Task> tick) {
        this.source = source;
        this.openLink = openLink;
        this.tick = tick;
    }

    /** The note's blocks, top to bottom; links go to {@code openLink}, a clicked task box to {@code tick}. */
    static List<javafx.scene.Node> render(String markdown, Consumer<String> openLink, Consumer<NoteMarkdown.Task> tick) {
        String text = markdown == null ? "" : markdown;
        NoteRenderer r = new NoteRenderer(text, openLink, tick);
        VBox top = new VBox();
        r.blocks.push(top);
        NoteMarkdown.parse(text).accept(r);
        return new ArrayList<>(top.getChildren());
    }

    @Override
    protected void visitChildren(Node parent) {
        if (depth >= MAX_DEPTH) {
            flat(parent);
            return;
        }
        depth++;
        try {
            super.visitChildren(parent);
        } finally {
            depth--;
        }
    }

    // ---- blocks

    @Override
    public void visit(Document document) {
        visitChildren(document);
    }

    @Override
    public void visit(Paragraph paragraph) {
        add(inlines(paragraph, "md-paragraph"));
    }

    @Override
    public void visit(Heading heading) {
        add(inlines(heading, "md-heading", "md-h" + heading.getLevel()));
    }

    @Override
    public void visit(FencedCodeBlock code) {
        add(NoteBlocks.codeBlock(code.getLiteral()));
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        add(NoteBlocks.codeBlock(code.getLiteral()));
    }

    @Override
    public void visit(HtmlBlock html) {
        add(NoteBlocks.codeBlock(html.getLiteral()));
    }

    @Override
    public void visit(BlockQuote quote) {
        VBox box = new VBox(4);
        box.getStyleClass().add("md-quote");
        into(box, quote);
        add(box);
    }

    @Override
    public void visit(ThematicBreak rule) {
        Separator s = new Separator();
        s.getStyleClass().add("md-rule");
        add(s);
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        // Defines a link target; shows nothing itself.
    }

    @Override
    public void visit(BulletList list) {
        list(list, list.isTight(), null);
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        list(list, list.isTight(), new int[] {start == null ? 1 : start});
    }

    private void list(Node list, boolean tight, int[] number) {
        VBox box = new VBox(tight ? 2 : 6);
        box.getStyleClass().addAll("md-list", number == null ? "md-bullet-list" : "md-ordered-list");
        numbers.push(number == null ? new int[0] : number);
        listDepth++;
        try {
            into(box, list);
        } finally {
            listDepth--;
            numbers.pop();
        }
        add(box);
    }

    @Override
    public void visit(ListItem item) {
        javafx.scene.Node marker;
        Optional<NoteMarkdown.Task> task = NoteMarkdown.takeTask(item, source);
        int[] number = numbers.isEmpty() ? new int[0] : numbers.peek();
        if (task.isPresent()) {
            CheckBox box = new CheckBox();
            box.setSelected(task.get().done());
            box.getStyleClass().add("md-task");
            box.setOnAction(e -> tick.accept(task.get()));
            marker = box;
        } else {
            String delimiter = item.getParent() instanceof OrderedList o && o.getMarkerDelimiter() != null
                    ? o.getMarkerDelimiter() : ".";
            Label l = new Label(number.length == 1 ? number[0] + delimiter : BULLETS[(listDepth - 1) % BULLETS.length]);
            l.getStyleClass().add("md-marker");
            l.setMinWidth(Label.USE_PREF_SIZE);
            marker = l;
        }
        if (number.length == 1) {
            number[0]++;
        }
        VBox content = new VBox(2);
        content.getStyleClass().add("md-item-content");
        HBox.setHgrow(content, Priority.ALWAYS);
        into(content, item);
        HBox row = new HBox(6, marker, content);
        row.getStyleClass().add(task.isPresent() ? "md-task-item" : "md-item");
        add(row);
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
            add(NoteBlocks.table(table, (cell, style) -> inlines(cell, style)));
        } else {
            visitChildren(block);
        }
    }

    // ---- inlines

    @Override
    public void visit(Text text) {
        addText(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        styles.add("md-code");
        addText(code.getLiteral());
        styles.remove(styles.size() - 1);
    }

    @Override
    public void visit(Emphasis emphasis) {
        styled("md-em", emphasis);
    }

    @Override
    public void visit(StrongEmphasis strong) {
        styled("md-strong", strong);
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof Strikethrough) {
            styled("md-strike", node);
        } else {
            visitChildren(node);
        }
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        addText(" ");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        addText("\n");
    }

    @Override
    public void visit(HtmlInline html) {
        addText(html.getLiteral());
    }

    @Override
    public void visit(Link link) {
        String shown = NoteBlocks.plainText(link);
        addLink(shown.isBlank() ? link.getDestination() : shown, link.getDestination(), "md-link");
    }

    @Override
    public void visit(Image image) {
        String alt = NoteBlocks.plainText(image);
        String url = image.getDestination();
        addLink(alt.isBlank() ? url.substring(url.lastIndexOf('/') + 1) : alt, url, "md-image-link");
    }

    private void addLink(String text, String url, String style) {
        TextFlow owner = flow;
        // A control inside a TextFlow never wraps: a long address is shortened in the middle to fit the line.
        Hyperlink h = new Hyperlink(text) {
            @Override
            protected double computePrefWidth(double height) {
                double w = super.computePrefWidth(height);
                double room = owner == null ? 0 : owner.getWidth() - owner.snappedLeftInset() - owner.snappedRightInset();
                return room > 0 ? Math.min(w, room) : w;
            }
        };
        h.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        if (owner != null) {
            owner.widthProperty().addListener((o, was, now) -> h.requestLayout());
        }
        h.getStyleClass().add(style);
        h.setPadding(Insets.EMPTY);
        h.setTooltip(new Tooltip(url));
        h.setOnAction(e -> openLink.accept(url));
        if (flow != null) {
            flow.getChildren().add(h);
        } else {
            add(h);
        }
    }

    private void styled(String style, Node node) {
        styles.add(style);
        try {
            visitChildren(node);
        } finally {
            styles.remove(styles.size() - 1);
        }
    }

    private void addText(String s) {
        if (s.isEmpty()) {
            return;
        }
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.getStyleClass().add("md-text");
        t.getStyleClass().addAll(styles);
        if (flow != null) {
            flow.getChildren().add(t);
        } else {
            TextFlow f = new TextFlow(t);
            f.getStyleClass().add("md-paragraph");
            add(f);
        }
    }

    // ---- helpers

    private TextFlow inlines(Node parent, String... style) {
        TextFlow f = new TextFlow();
        f.getStyleClass().addAll(style);
        TextFlow outer = flow;
        flow = f;
        try {
            visitChildren(parent);
        } finally {
            flow = outer;
        }
        return f;
    }

    private void into(Pane box, Node parent) {
        TextFlow outer = flow;
        flow = null;
        blocks.push(box);
        try {
            visitChildren(parent);
        } finally {
            blocks.pop();
            flow = outer;
        }
    }

    private void add(javafx.scene.Node n) {
        blocks.peek().getChildren().add(n);
    }

    /** A branch too deep to nest further, shown as its words. */
    private void flat(Node parent) {
        String text = NoteBlocks.plainText(parent);
        if (!text.isBlank()) {
            addText(text.strip());
        }
    }
}
