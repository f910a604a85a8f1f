package dev.crossmap.outline;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicMeta;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One pass of {@link MarkdownReader} over one file: a loop over the lines with explicit stacks for headings
 * and list items, so nesting depth costs memory, never call-stack depth.
 */
final class MarkdownOutline {
    private static final int ROOT = OutlineBuilder.ROOT;

    private enum Previous { BLANK, ITEM, PROSE, OTHER }

    private final SourceText source;
    private final OutlineBuilder out;
    private final SourceLines lines;
    private final int lineCount;

    private final int[] headingAt = new int[7];
    private int banner = ROOT;
    private int section = ROOT;
    private int group = ROOT;
    private String title;

    private final OpenListItems items = new OpenListItems();
    private final TopicLines topicLines;

    private final StringBuilder paragraph = new StringBuilder();
    /** A code block longer than this keeps its first part only: a note is for reading, not for storage. */
    private static final int LONGEST_CODE = 20_000;
    private final StringBuilder code = new StringBuilder();
    private int codeTarget = ROOT;
    private final StringBuilder preamble = new StringBuilder();
    private int noteTarget = ROOT;
    private Previous previous = Previous.BLANK;
    private int lastTopic = ROOT;

    MarkdownOutline(SourceText source) {
        this.source = source;
        this.out = new OutlineBuilder(source.fileName());
        Arrays.fill(headingAt, ROOT);
        lines = new SourceLines(source.text());
        lineCount = lines.size();
        topicLines = new TopicLines(out, this::add);
    }

    ImportResult read(String format) {
        char fence = 0;
        int fenceLength = 0;
        int fenceLine = 0;
        String htmlEnd = null;
        for (int n = 0; n < lineCount; n++) {
            String line = line(n);
            if (fence != 0) {
                if (code.length() < LONGEST_CODE) {
                    code.append('\n').append(line);
                }
                if (closesFence(line, fence, fenceLength)) {
                    fence = 0;
                    flushCode(fenceLine);
                }
                continue;
            }
            if (htmlEnd != null) {
                boolean blank = MarkdownLine.isBlank(line);
                if (htmlEnd.isEmpty() ? blank : line.contains(htmlEnd)) {
                    htmlEnd = null;
                    previous = blank ? Previous.BLANK : Previous.OTHER;
                }
                continue;
            }
            if (MarkdownLine.isBlank(line)) {
                flushParagraph();
                previous = Previous.BLANK;
                continue;
            }
            MarkdownLine.Indent indent = MarkdownLine.indent(line);
            int p = indent.contentStart();
            char c = line.charAt(p);
            int run = c == '`' || c == '~' ? run(line, p, c) : 0;
            if (run >= 3 && (c == '~' || line.indexOf('`', p + run) < 0)) {
                fence = c;
                fenceLength = run;
                fenceLine = n + 1;
                flushParagraph();
                codeTarget = noteTargetFor(indent);
                code.append(line.strip());
                previous = Previous.OTHER;
                continue;
            }
            boolean shallow = indent.tab4() <= 3;
            if (shallow && MarkdownLine.isThematicBreak(line, p)) {
                structure();
                items.clear();
                group = ROOT;
                continue;
            }
            if (MarkdownLine.isEqualsLine(line)) {
                if (n + 2 < lineCount && !MarkdownLine.isBlank(line(n + 1)) && MarkdownLine.isEqualsLine(line(n + 2))) {
                    banner(n + 1);
                    n += 2;
                } else {
                    structure();
                }
                continue;
            }
            int level = shallow ? MarkdownLine.headingLevel(line, p) : 0;
            if (level > 0) {
                heading(level, MarkdownLine.headingText(line, p, level), line, n + 1);
                continue;
            }
            String end = shallow ? MarkdownLine.htmlBlockEnd(line, p) : null;
            if (end != null) {
                structure();
                htmlEnd = !end.isEmpty() && line.indexOf(end, p + 1) > 0 ? null : end;
                continue;
            }
            MarkdownLine.Marker marker = MarkdownLine.marker(line, p);
            if (marker != null) {
                item(line, n + 1, indent, marker);
                continue;
            }
            n += prose(line, n, indent);
        }
        flushParagraph();
        if (fence != 0) {
            flushCode(fenceLine);
            out.warn(fenceLine, "code block is never closed: the lines after it were kept as code in a note");
        }
        return out.build(title, format, source);
    }

    private void heading(int level, String raw, String line, int lineNo) {
        flushParagraph();
        items.clear();
        group = ROOT;
        Optional<Progress> checked = Optional.empty();
        CheckBox box = CheckBox.at(raw, 0);
        if (box != null && box.end() < raw.length()) {
            checked = Optional.of(box.progress());
            raw = raw.substring(box.end());
        }
        if (TopicLabel.of(raw).isBlank()) {
            out.warn(lineNo, "skipped a heading with no text");
            previous = Previous.OTHER;
            return;
        }
        if (section != ROOT && CompoundLine.isStructuralSentence(raw)) {
            // "# Rule: only - bullets" is an instruction about the document, not a topic
            out.appendNote(section, InlineMarkup.plain(raw));
            previous = Previous.OTHER;
            return;
        }
        int parent = ROOT;
        for (int l = level - 1; l >= 2 && parent == ROOT; l--) {
            parent = headingAt[l];
        }
        if (parent == ROOT && level >= 2) {
            parent = banner != ROOT ? banner : headingAt[1];
        }
        int t = topicLines.add(parent, raw, Optional.empty(), false, line, lineNo, checked);
        if (t == ROOT) {
            out.warn(lineNo, "skipped a heading with no text");
            previous = Previous.OTHER;
            return;
        }
        headingAt[level] = t;
        for (int l = level + 1; l < headingAt.length; l++) {
            headingAt[l] = ROOT;
        }
        if (level == 1) {
            banner = ROOT;
        }
        section = t;
        // Only a "#" heading names the document: a file that starts at "##" has sections, not a title (its
        // roadmap is then named after the file).
        if (title == null && level == 1) {
            title = out.label(t);
        }
        previous = Previous.OTHER;
    }

    /** A {@code =====} / title / {@code =====} banner: a section under the open {@code #} title. */
    private void banner(int titleIndex) {
        flushParagraph();
        items.clear();
        group = ROOT;
        String line = line(titleIndex);
        TopicLabel label = TopicLabel.of(line.strip());
        if (label.isBlank()) {
            previous = Previous.OTHER;
            return;
        }
        int t = add(headingAt[1], label, line, titleIndex + 1, Optional.empty());
        for (int l = 2; l < headingAt.length; l++) {
            headingAt[l] = ROOT;
        }
        banner = t;
        section = t;
        if (title == null) {
            title = label.text();
        }
        previous = Previous.OTHER;
    }

    private void item(String line, int lineNo, MarkdownLine.Indent ind, MarkdownLine.Marker marker) {
        flushParagraph();
        OpenListItems.Reading reading = items.read(ind, marker.ordered() ? marker.style() : null, marker.number());
        int indent = reading.columns();
        if (reading.guessed()) {
            out.warn(lineNo, "guessed nesting: tabs read as " + (indent == ind.tab4() ? 4 : 8) + " columns wide");
        }
        String content = line.substring(marker.contentStart()).strip();
        Optional<Progress> checked = Optional.empty();
        CheckBox box = CheckBox.at(content, 0);
        if (box != null) {
            checked = Optional.of(box.progress());
            content = content.substring(box.end()).strip();
        }
        if (content.length() > 2 && (content.charAt(0) == '*' || content.charAt(0) == '-' || content.charAt(0) == '+')
                && MarkdownLine.isSpace(content.charAt(1))) {
            content = content.substring(2).strip(); // "- * Transformer architecture": a doubled marker
        }
        int level = MarkdownLine.headingLevel(content, 0);
        if (level > 0) {
            content = MarkdownLine.headingText(content, 0, level); // "- ### Arrays"
        }
        boolean boldOnly = BOLD_ONLY.matcher(content).matches();
        boolean flatGroup = boldOnly && (checked.isPresent() || content.replace("*", "").replace("_", "").strip().endsWith(":"));
        if (boldOnly) {
            items.closeAll(indent); // a bold item ends the flat group before it
        }
        int parent = parentOf(indent, marker, lineNo);
        Optional<CompoundLine> compound = CompoundLine.bold(content);
        if (compound.isPresent() && compound.get().structural() && !compound.get().rest().isEmpty()) {
            // "* **Goal:** Master the GIL…": prose about the parent, kept as its note
            items.push(reading, parent, marker.number(), marker.style(), false);
            noteTarget = parent;
            paragraph.append(InlineMarkup.plain(content));
            previous = Previous.PROSE;
            return;
        }
        String glued = compound.map(c -> TopicLines.gluedItem(c.rest())).orElse(null);
        if (glued != null) {
            compound = Optional.of(new CompoundLine(compound.get().label(), "", List.of(), List.of()));
        }
        int t = topic(parent, content, compound, line, lineNo, checked);
        if (t == ROOT) {
            out.warn(lineNo, "skipped a list item with no text");
            previous = Previous.OTHER;
            return;
        }
        if (glued != null) {
            topic(t, glued, Optional.empty(), line, lineNo, Optional.empty());
            out.interpreted(Interpretation.GLUED, lineNo);
        }
        items.push(reading, t, marker.number(), marker.style(), flatGroup);
        lastTopic = t;
        previous = Previous.ITEM;
    }

    private int topic(int parent, String content, Optional<CompoundLine> bold, String line, int lineNo,
                      Optional<Progress> checked) {
        return topicLines.add(parent, content, bold, true, line, lineNo, checked);
    }


    /** The parent of a list item: by its number (1.1. under 1.) when that finds one, else by indentation. */
    private int parentOf(int indent, MarkdownLine.Marker marker, int lineNo) {
        if (items.flatGroupAt(indent)) {
            out.interpreted(Interpretation.FLATTENED, lineNo);
            return items.closeDownToIndent(indent);
        }
        int byStyle = marker.parentNumber() != null ? OpenListItems.UNDECIDED
                : items.closeDownToStyle(indent, marker.style(), marker.number());
        if (byStyle != OpenListItems.UNDECIDED) {
            if (byStyle != ROOT && items.nestedByStyle()) {
                out.interpreted(Interpretation.STYLE_NESTING, lineNo);
            }
            return byStyle != ROOT ? byStyle : container();
        }
        String parentNumber = marker.parentNumber();
        if (parentNumber != null) {
            int numbered = items.closeDownToNumber(parentNumber);
            if (numbered != ROOT) {
                return numbered;
            }
            out.warn(lineNo, "guessed nesting: no item " + parentNumber + " above " + marker.number()
                    + ", nested by indentation");
        }
        int parent = items.closeDownToIndent(indent);
        if (parent != ROOT) {
            return parent;
        }
        int container = container();
        if (indent >= 4 && previous != Previous.BLANK && previous != Previous.ITEM && container != ROOT) {
            out.warn(lineNo, "guessed nesting: list item indented " + indent + " columns with nothing above it;"
                    + " placed under '" + out.label(container) + "'");
        }
        return container;
    }

    /**
     * A prose line: a group label ({@code **Learn:**} or {@code Your real stack:} before a list), a
     * compound line ({@code **Core Stack Focus:** a, b}), a setext heading, or text for a note.
     *
     * @return how many following lines it used (1 for a setext underline)
     */
    private int prose(String line, int n, MarkdownLine.Indent indent) {
        String content = line.substring(indent.contentStart()).strip();
        boolean quote = content.startsWith(">");
        if (quote) {
            content = MarkdownLine.unquote(content).strip();
            if (content.isEmpty()) {
                flushParagraph();
                previous = Previous.BLANK;
                return 0;
            }
        }
        if (MarkdownLine.isImageLine(content) || MarkdownLine.isAnchorLinkLine(content)) {
            flushParagraph();
            previous = Previous.OTHER;
            return 0;
        }
        if (!quote && previous != Previous.PROSE && n + 1 < lineCount && indent.tab4() <= 3) {
            String next = line(n + 1);
            if (MarkdownLine.isEqualsLine(next) || MarkdownLine.isDashLine(next)) {
                heading(MarkdownLine.isEqualsLine(next) ? 1 : 2, content, line, n + 1);
                return 1;
            }
        }
        if (!quote) {
            Optional<CompoundLine> bold = CompoundLine.bold(content);
            if (bold.isPresent() && (!bold.get().rest().isEmpty() || listFollows(n))) {
                labelLine(bold.get(), true, line, n + 1);
                return 0;
            }
            if (bold.isEmpty() && previous != Previous.PROSE && content.endsWith(":")
                    && CompoundLine.words(content) <= 8 && listFollows(n)) {
                labelLine(new CompoundLine(content, "", java.util.List.of(), java.util.List.of()), false, line, n + 1);
                return 0;
            }
        }
        if (previous != Previous.PROSE || bold(content)) {
            flushParagraph();
            noteTarget = noteTargetFor(indent);
        }
        if (paragraph.length() > 0) {
            paragraph.append(' ');
        }
        paragraph.append(InlineMarkup.plain(content));
        previous = Previous.PROSE;
        return 0;
    }

    private static boolean bold(String content) {
        return content.startsWith("**") || content.startsWith("__");
    }

    /** Where a new paragraph of prose belongs. */
    private int noteTargetFor(MarkdownLine.Indent indent) {
        if (previous == Previous.ITEM && lastTopic != ROOT) {
            return lastTopic; // a continuation line of the item above
        }
        int holding = indent.tab4() >= 2 ? items.holding(indent.tab4()) : ROOT;
        if (holding != ROOT) {
            return holding;
        }
        if (previous == Previous.BLANK && indent.tab4() < 2) {
            items.clear(); // prose at the margin ends the list and the group it was in
            group = ROOT;
        }
        return container();
    }

    /** A group label before a list, or a compound line; structural labels become the section's note. */
    private void labelLine(CompoundLine label, boolean bold, String line, int lineNo) {
        flushParagraph();
        items.clear();
        if (label.rest().isEmpty()) {
            int parent = bold ? section : container(); // a bold label replaces the group; "Compare:" nests in it
            group = add(parent, TopicLabel.of(label.label()), line, lineNo, Optional.empty());
            previous = Previous.OTHER;
            return;
        }
        String glued = TopicLines.gluedItem(label.rest());
        if (glued != null && !label.structural()) {
            group = add(bold ? section : container(), TopicLabel.of(label.label()), line, lineNo, Optional.empty());
            topic(group, glued, Optional.empty(), line, lineNo, Optional.empty());
            out.interpreted(Interpretation.GLUED, lineNo);
            previous = Previous.OTHER;
            return;
        }
        group = ROOT;
        if (label.structural() || label.parts().isEmpty()) {
            note(section, InlineMarkup.plain(line.strip()));
            previous = Previous.OTHER;
            return;
        }
        int t = add(section, TopicLabel.of(label.label()), line, lineNo, Optional.empty());
        addParts(t, label, line, lineNo);
        previous = Previous.OTHER;
    }

    private void addParts(int topic, CompoundLine compound, String line, int lineNo) {
        topicLines.addParts(topic, compound, line, lineNo);
    }

    /** Whether a list item comes next, after at most one blank line. */
    private boolean listFollows(int n) {
        for (int k = n + 1; k < lineCount && k <= n + 2; k++) {
            String next = line(k);
            if (MarkdownLine.isBlank(next)) {
                continue;
            }
            MarkdownLine.Indent ind = MarkdownLine.indent(next);
            return MarkdownLine.marker(next, ind.contentStart()) != null
                    && !MarkdownLine.isThematicBreak(next, ind.contentStart());
        }
        return false;
    }

    private int container() {
        return group != ROOT ? group : section;
    }

    private int add(int parent, TopicLabel label, String line, int lineNo, Optional<Progress> checked) {
        TopicMeta meta = label.meta();
        int t = out.add(parent, label.text(), line, lineNo, meta, checked);
        if (t == 0 && preamble.length() > 0) {
            out.appendNote(t, preamble.toString());
        }
        lastTopic = t;
        return t;
    }

    /** Keeps a code block in the note of the topic it follows; code before the first topic waits for it. */
    private void flushCode(int fenceLine) {
        if (code.length() > 0) {
            note(codeTarget, code.toString());
            out.interpreted(Interpretation.CODE, fenceLine);
            code.setLength(0);
        }
    }

    /** A line that is structure (a rule, a fence, an HTML block, a lone {@code ===}): it ends a paragraph. */
    private void structure() {
        flushParagraph();
        previous = Previous.OTHER;
    }

    private void flushParagraph() {
        if (paragraph.length() > 0) {
            note(noteTarget, paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** Adds prose to a topic's note; prose before the first topic waits for it. */
    private void note(int topic, String prose) {
        if (topic == ROOT) {
            preamble.append(preamble.length() > 0 ? "\n" : "").append(prose);
        } else {
            out.appendNote(topic, prose);
        }
    }

    private static final java.util.regex.Pattern BOLD_ONLY = java.util.regex.Pattern.compile(
            "(\\*\\*|__)(?![*_\\s])[^*_]{1,120}?\\1:?");

    private static int run(String line, int p, char c) {
        int k = p;
        while (k < line.length() && line.charAt(k) == c) {
            k++;
        }
        return k - p;
    }

    private static boolean closesFence(String line, char fence, int length) {
        String t = line.strip();
        return t.length() >= length && run(t, 0, fence) == t.length();
    }

    private String line(int n) {
        return lines.get(n);
    }
}
