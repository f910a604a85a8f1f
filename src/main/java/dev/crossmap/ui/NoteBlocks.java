package dev.crossmap.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiFunction;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The blocks of a rendered note that need no renderer state: tables, code blocks, and a node's plain words. */
final class NoteBlocks {
    private NoteBlocks() {
    }

    /** A GFM table as a grid; {@code cell} renders one cell's inlines with the given style classes. */
    static javafx.scene.Node table(TableBlock table, BiFunction<TableCell, String[], TextFlow> cell) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        // Head and body sections, each holding rows: one level of sections, one of rows, one of cells.
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int col = 0;
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell tc) {
                        TextFlow f = cell.apply(tc, new String[] {"md-cell", tc.isHeader() ? "md-th" : "md-td"});
                        f.setMaxWidth(Double.MAX_VALUE);
                        HPos pos = HPos.LEFT;
                        if (tc.getAlignment() == TableCell.Alignment.CENTER) {
                            pos = HPos.CENTER;
                        } else if (tc.getAlignment() == TableCell.Alignment.RIGHT) {
                            pos = HPos.RIGHT;
                        }
                        f.setTextAlignment(pos == HPos.CENTER ? TextAlignment.CENTER
                                : pos == HPos.RIGHT ? TextAlignment.RIGHT : TextAlignment.LEFT);
                        GridPane.setHalignment(f, pos);
                        GridPane.setFillWidth(f, true);
                        grid.add(f, col++, row);
                    }
                }
                row++;
            }
        }
        return scrollsSideways(grid, "md-table-scroll");
    }

    /** A code block in a monospace strip that scrolls sideways. */
    static javafx.scene.Node codeBlock(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        Label code = new Label(text);
        code.getStyleClass().add("md-code-block");
        code.setMinWidth(Label.USE_PREF_SIZE);
        return scrollsSideways(code, "md-code-scroll");
    }

    /** Long code lines and wide tables scroll sideways in their own strip instead of widening the panel. */
    private static ScrollPane scrollsSideways(javafx.scene.Node content, String style) {
        ScrollPane s = new ScrollPane(content);
        s.getStyleClass().add(style);
        s.setFitToHeight(true);
        s.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        s.setFocusTraversable(false);
        return s;
    }

    /** The words under a node, blocks on their own lines; iterative, so any depth is fine. */
    static String plainText(Node parent) {
        StringBuilder out = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
            todo.push(c);
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof FencedCodeBlock f) {
                out.append(f.getLiteral());
            } else if (n instanceof IndentedCodeBlock i) {
                out.append(i.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                out.append(' ');
            } else if (n instanceof HardLineBreak || n instanceof Paragraph || n instanceof Heading) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                todo.push(c);
            }
        }
        return out.toString();
    }
}
