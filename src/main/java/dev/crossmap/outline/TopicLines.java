package dev.crossmap.outline;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicMeta;
import java.util.Optional;

/**
 * Makes the topic of one Markdown line for {@link MarkdownOutline}: the name, what {@link ItemText} took
 * apart (explanation to the note, links, tags and timestamp to the metadata), the parts of a compound line,
 * and the interpretations counted for the warnings.
 */
final class TopicLines {
    /** Adds a topic the way the outline does (prose before the first topic reaches it, the last topic is known). */
    interface Adder {
        int add(int parent, TopicLabel label, String line, int lineNo, Optional<Progress> checked);
    }

    private final OutlineBuilder out;
    private final Adder adder;

    TopicLines(OutlineBuilder out, Adder adder) {
        this.out = out;
        this.adder = adder;
    }

    /**
     * Adds one topic from a line's Markdown: a bold compound line ({@code **Label:** a, b}) when given, else
     * the line taken apart by {@link ItemText} (explanation to the note, links, tags, timestamp to the
     * metadata) and, when it lists parts ({@code Label: a, b}) and {@code parts} allows, a compound topic.
     *
     * @return the topic, or {@link OutlineBuilder#ROOT} when the line has no text
     */
    int add(int parent, String content, Optional<CompoundLine> bold, boolean parts, String line, int lineNo,
            Optional<Progress> checked) {
        ItemText text = bold.isPresent() ? null : ItemText.of(content);
        Optional<CompoundLine> compound = bold.isPresent() ? bold : parts ? CompoundLine.plain(text.label()) : Optional.empty();
        TopicLabel label = TopicLabel.of(compound.map(CompoundLine::label).orElse(text == null ? "" : text.label()));
        if (label.isBlank()) {
            return OutlineBuilder.ROOT;
        }
        String written = compound.map(CompoundLine::label).orElse(text == null ? "" : text.label());
        if (!written.isEmpty() && (Character.isDigit(written.charAt(0)) || written.indexOf('[') >= 0)) {
            String plain = TopicLabel.tidy(InlineMarkup.plain(written));
            if (Numbering.strip(plain).length() < plain.length()) {
                out.interpreted(Interpretation.NUMBERING, lineNo);
            }
        }
        TopicMeta meta = label.meta();
        if (text != null) {
            for (String tag : text.tags()) {
                meta = meta.withTag(tag);
            }
            for (dev.crossmap.model.WebLink link : text.links()) {
                meta = meta.withLink(link);
            }
            if (text.timestamp().isPresent()) {
                meta = meta.withTimestamp(text.timestamp().get());
            }
            text.seen().forEach(kind -> out.interpreted(kind, lineNo));
        }
        String name = label.text();
        // Only a " // " the author wrote: an escaped "\/\/" is part of the name.
        int comment = content.contains(" // ") ? name.indexOf(" // ") : -1;
        String afterComment = "";
        if (comment > 0) {
            // "[insert // insert value into tree](url)": the comment was inside the link text
            afterComment = name.substring(comment + 4).strip();
            name = name.substring(0, comment).strip();
            out.interpreted(Interpretation.EXPLANATION, lineNo);
        }
        int t = adder.add(parent, new TopicLabel(name, meta), line, lineNo, checked);
        out.appendNote(t, afterComment);
        if (checked.isPresent()) {
            out.interpreted(Interpretation.CHECKBOX, lineNo);
        }
        if (text != null) {
            out.appendNote(t, text.explanation());
        }
        compound.ifPresent(cl -> addParts(t, cl, line, lineNo));
        return t;
    }

    void addParts(int topic, CompoundLine compound, String line, int lineNo) {
        for (String part : compound.parts()) {
            TopicLabel label = TopicLabel.of(part);
            if (!label.isBlank()) {
                out.add(topic, label.text(), line, lineNo, label.meta(), Optional.empty());
            }
        }
        compound.prose().forEach(p -> out.appendNote(topic, p));
    }

    /** The item glued after a label ({@code **Tasks:** * Install Docker}), as Markdown; null when there is none. */
    static String gluedItem(String rest) {
        if (rest.length() > 2 && (rest.charAt(0) == '*' || rest.charAt(0) == '-' || rest.charAt(0) == '+')
                && MarkdownLine.isSpace(rest.charAt(1))) {
            String item = rest.substring(2).strip();
            CheckBox box = CheckBox.at(item, 0);
            return box != null ? item.substring(box.end()) : item;
        }
        return null;
    }
}
