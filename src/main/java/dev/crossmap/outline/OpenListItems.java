package dev.crossmap.outline;

import java.util.Arrays;

/**
 * The list items still open while a Markdown file is read, outermost first: each one's indentation, topic
 * and number ("1.2" for {@code 1.2.}). Indentations only grow from bottom to top. Arrays, not recursion, so a
 * list nested thousands deep costs memory only.
 */
final class OpenListItems {
    static final int NONE = OutlineBuilder.ROOT;
    /** A numbered parent further down the stack than this is not looked for. */
    private static final int NUMBER_SEARCH = 64;

    private int[] indents = new int[64];
    private int[] topics = new int[64];
    private String[] numbers = new String[64];
    private byte[] tabWidths = new byte[64];
    private String[] styles = new String[64];
    private boolean[] flat = new boolean[64];
    private int size;
    private boolean nestedByStyle;
    /** {@link #closeDownToStyle} found nothing to decide by. */
    static final int UNDECIDED = -2;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /**
     * How a line's indentation was read.
     *
     * @param columns  the indentation in columns
     * @param tabWidth 4 or 8 when the indentation is tabs alone, 0 when it has spaces or is empty
     * @param guessed  whether the other tab width would have given the line another parent
     */
    record Reading(int columns, int tabWidth, boolean guessed) {
    }

    /** Opens an item whose indentation was read as {@code reading}. */
    void push(Reading reading, int topic, String number) {
        push(reading, topic, number, null, false);
    }

    /**
     * Opens an item; {@code style} is its numbering style ("1.", "a)", "I.", "stage"; null for bullets), and a
     * {@code flatGroup} item (a bold checklist item) holds the plain items after it at its own indentation.
     */
    void push(Reading reading, int topic, String number, String style, boolean flatGroup) {
        if (size == indents.length) {
            indents = Arrays.copyOf(indents, size * 2);
            topics = Arrays.copyOf(topics, size * 2);
            numbers = Arrays.copyOf(numbers, size * 2);
            tabWidths = Arrays.copyOf(tabWidths, size * 2);
            styles = Arrays.copyOf(styles, size * 2);
            flat = Arrays.copyOf(flat, size * 2);
        }
        indents[size] = reading.columns();
        topics[size] = topic;
        numbers[size] = number;
        tabWidths[size] = (byte) reading.tabWidth();
        styles[size] = style;
        flat[size] = flatGroup;
        size++;
    }

    /** Whether the item on top is a flat group at exactly {@code indent}. */
    boolean flatGroupAt(int indent) {
        return size > 0 && flat[size - 1] && indents[size - 1] == indent;
    }

    /** Closes every item indented at least {@code indent}, flat groups included. */
    void closeAll(int indent) {
        while (size > 0 && indents[size - 1] >= indent) {
            size--;
        }
    }

    /**
     * The parent of a numbered item (or of any item under a stage line) by numbering style at the same
     * indentation: a sibling of the open item numbered in the same style ({@code b)} after {@code a)}), else a
     * child of the item on top when that one is numbered in another style ({@code a)} under {@code 1)}).
     *
     * @return the parent topic, {@link #NONE} for no parent, or {@link #UNDECIDED}
     */
    int closeDownToStyle(int indent, String style, String number) {
        nestedByStyle = false;
        for (int k = size - 1; k >= 0 && indents[k] >= indent; k--) {
            if (indents[k] == indent && style != null && sameStyle(styles[k], numbers[k], style, number)) {
                size = k;
                return k > 0 ? topics[k - 1] : NONE;
            }
        }
        int k = size - 1;
        while (k >= 0 && indents[k] > indent) {
            k--;
        }
        boolean nests = k >= 0 && indents[k] == indent && styles[k] != null && !flat[k]
                && (style != null && !style.equals(MarkdownLine.STAGE) || MarkdownLine.STAGE.equals(styles[k]));
        if (nests) {
            nestedByStyle = true;
            size = k + 1;
            return topics[k];
        }
        return UNDECIDED;
    }

    /** Whether the last {@link #closeDownToStyle} nested the item under one numbered in another style. */
    boolean nestedByStyle() {
        return nestedByStyle;
    }

    /** "a)" and "i)" are one style when the letter could be either ({@code i)} after {@code h)}, {@code v)} after {@code iv)}). */
    private static boolean sameStyle(String open, String openNumber, String style, String number) {
        if (open == null || open.equals(style)) {
            return open != null;
        }
        if (open.length() != 2 || style.length() != 2 || open.charAt(1) != style.charAt(1)
                || Character.toLowerCase(open.charAt(0)) + Character.toLowerCase(style.charAt(0)) != 'a' + 'i'
                || Character.isUpperCase(open.charAt(0)) != Character.isUpperCase(style.charAt(0))) {
            return false;
        }
        String letter = Character.toLowerCase(open.charAt(0)) == 'a' ? openNumber : number;
        return letter != null && letter.length() == 1 && "ivxlcIVXLC".indexOf(letter.charAt(0)) >= 0;
    }

    /** The topic of the open item numbered {@code number}, closing the items above it; {@link #NONE} if none. */
    int closeDownToNumber(String number) {
        for (int k = size - 1; k >= 0 && k >= size - NUMBER_SEARCH; k--) {
            if (number.equals(numbers[k])) {
                size = k + 1;
                return topics[k];
            }
        }
        return NONE;
    }

    /** Closes the items indented at least as deep as {@code indent}; the topic of the one left on top, or {@link #NONE}. */
    int closeDownToIndent(int indent) {
        while (size > 0 && (indents[size - 1] > indent || indents[size - 1] == indent && !flat[size - 1])) {
            size--;
        }
        return size > 0 ? topics[size - 1] : NONE;
    }

    /** The deepest open item indented less than {@code indent}, left open; {@link #NONE} if none. */
    int holding(int indent) {
        for (int k = size - 1; k >= 0; k--) {
            if (indents[k] < indent) {
                return topics[k];
            }
        }
        return NONE;
    }

    /** How many open items are less indented than {@code indent}. */
    private int levelsAbove(int indent) {
        int k = size;
        while (k > 0 && indents[k - 1] >= indent) {
            k--;
        }
        return k;
    }

    /**
     * Reads a line's indentation. Under an item indented with tabs alone, tabs are as wide as its own. Under
     * one indented with spaces, tabs are 4 or 8 columns, whichever continues the list above (the same
     * indentation as the item on top, else as some open item), 4 when neither does: a guess when the two
     * widths would give the line different parents.
     */
    Reading read(MarkdownLine.Indent indent) {
        return read(indent, null, null);
    }

    /**
     * Reads a line's indentation as {@link #read(MarkdownLine.Indent)} does, but first by numbering style: when
     * only one tab width puts a numbered item beside an open item of its own style ({@code b)} beside
     * {@code a)}), that width it is.
     */
    Reading read(MarkdownLine.Indent indent, String style, String number) {
        if (!indent.ambiguous()) {
            return new Reading(indent.tab4(), 0, false);
        }
        int width;
        boolean guessed = false;
        int top = size > 0 ? indents[size - 1] : -1;
        boolean style4 = style != null && hasStyleAt(indent.tab4(), style, number);
        boolean style8 = style != null && hasStyleAt(indent.tab8(), style, number);
        if (style4 != style8) {
            width = style4 ? 4 : 8;
            guessed = levelsAbove(indent.tab4()) != levelsAbove(indent.tab8());
        } else if (size > 0 && tabWidths[size - 1] != 0) {
            width = tabWidths[size - 1];
        } else {
            width = indent.tab8() == top || indent.tab4() != top && !isOpen(indent.tab4()) && isOpen(indent.tab8()) ? 8 : 4;
            guessed = levelsAbove(indent.tab4()) != levelsAbove(indent.tab8());
        }
        return new Reading(width == 8 ? indent.tab8() : indent.tab4(), indent.spaces() ? 0 : width, guessed);
    }

    private boolean hasStyleAt(int indent, String style, String number) {
        for (int k = 0; k < size; k++) {
            if (indents[k] == indent && sameStyle(styles[k], numbers[k], style, number)) {
                return true;
            }
        }
        return false;
    }

    private boolean isOpen(int indent) {
        for (int k = 0; k < size; k++) {
            if (indents[k] == indent) {
                return true;
            }
        }
        return false;
    }
}
