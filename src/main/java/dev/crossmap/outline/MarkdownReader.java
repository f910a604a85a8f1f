package dev.crossmap.outline;

/**
 * Markdown and plain-text outlines, read the way their authors meant them.
 *
 * <ul>
 * <li>Every {@code #} heading is a topic and nests by level, the document's {@code #} title(s) included; a
 * heading that is a structural label with a sentence ({@code # Rule: only "-" bullets…}) is the note of the
 * section above it. A {@code =====} / title / {@code =====} banner is a section under the open {@code #}
 * title. {@code ---}, {@code ***} rules end lists and groups and are never topics.</li>
 * <li>Bullets ({@code -}, {@code *}, {@code +}) and numbered items ({@code 1.}, {@code 1)}, {@code 1.1.},
 * {@code 2.1.3}) nest by indentation; a numbered item nests by its number first ({@code 1.1.} under
 * {@code 1.}). Tabs are read as 4 or 8 columns, whichever continues the list above (a "guessed nesting"
 * warning says so); {@code &nbsp;} before a marker counts as indentation, so {@code &nbsp;&nbsp;- item} goes
 * under the numbered item above it. {@code - [ ]} / {@code - [x]} keep their state as
 * {@link dev.crossmap.model.Topic#checked()}.</li>
 * <li>A bold label line ({@code **Learn:**}) or a short plain line ending in a colon ({@code Your real
 * stack:}) that is followed by a list is a group topic holding that list; a bold label replaces the group
 * before it, a plain one nests inside it. A group ends at a heading, a banner, a rule, another bold label
 * or prose at the margin.</li>
 * <li>A label with a list after it ({@code **Indexing:** B-Tree, Hash, GIN, GiST.}, or without bold
 * {@code traversals: preorder, inorder}) is a topic with one sub-topic per part, all on the same line;
 * see {@link CompoundLine} for how parts and prose are told apart.</li>
 * <li><b>Structural labels</b> — {@code Goal}, {@code Timeline}, {@code Rule}, {@code Note} and the like —
 * introduce prose about their section, never concepts: {@code **Goal:** <sentence>}, as a line or as a
 * bullet, goes into the note of the topic it belongs to and makes no topic. A label line whose rest is
 * only prose does the same.</li>
 * <li>Prose, {@code >} quotes, italic taglines and bold sentences go into the note of the topic they belong
 * to: the item they continue, the item they are indented under, else the current group or section.
 * Fenced code goes into the note as code. Image lines, navigation links ({@code [back to top](#…)}) and HTML
 * blocks are skipped.</li>
 * <li>Numbering in every spelling is a list marker: {@code 1.} {@code 1)} {@code 1.1} {@code a)} {@code A.}
 * {@code iv)} and stage lines ({@code Step 3: Testing}, which keep their name). At one indentation an item
 * numbered in another style than the item above is its child ({@code a)} under {@code 1)}); so are the plain
 * items after a bold checklist item ({@code * [ ] **Topic**}). Checkboxes in every spelling ({@code [ ]},
 * {@code [x]}, {@code ☐}, {@code ✅}, {@code ✔}, with or without a list marker) are progress. A bold label
 * with a glued item ({@code **Tasks:** * Install Docker}) holds that item as its first child.</li>
 * <li>What an author writes around a name is taken apart by {@link ItemText}: explanations to the note, links,
 * tags and timestamps to {@link dev.crossmap.model.TopicMeta}. Each kind of interpretation is reported once per
 * file as a warning ({@link Interpretation}).</li>
 * </ul>
 * Labels are cleaned by {@link TopicLabel}; {@link dev.crossmap.model.Topic#sourceText()} keeps the line.
 * A file with no heading, bullet or numbered item at all is a plain indented outline: one topic per line
 * ({@link IndentedText}).
 */
public final class MarkdownReader implements OutlineReader {
    @Override
    public String format() {
        return "markdown";
    }

    /** Markdown is the fallback: any text is at worst an outline with no topics. */
    @Override
    public boolean accepts(SourceText source) {
        return true;
    }

    @Override
    public ImportResult read(SourceText source) throws ImportException {
        ImportResult markdown = new MarkdownOutline(source).read(format());
        return markdown.roadmap().size() > 0 ? markdown : IndentedText.read(source, format());
    }
}
