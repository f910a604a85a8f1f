package dev.crossmap.outline;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicMeta;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;

/**
 * OPML 2.0 outlines: every {@code <outline>} is a topic nested as the elements nest, its label the
 * {@code text} attribute (HTML reduced to plain text), its note the {@code _note} attribute; the roadmap's
 * title comes from {@code <head><title>}. Tags ({@code category}), links ({@code links}, else {@code url} or
 * {@code htmlUrl}), {@code progress}, {@code hours}, {@code span} and {@code timestamp}, as Crossmap's export
 * writes them, are read into the topic's metadata and progress. Chosen when the root element is {@code <opml>}.
 */
public final class OpmlReader implements OutlineReader {
    @Override
    public String format() {
        return "opml";
    }

    @Override
    public boolean accepts(SourceText source) {
        return XmlStream.rootName(source.text()).filter("opml"::equals).isPresent();
    }

    @Override
    public ImportResult read(SourceText source) throws ImportException {
        OutlineBuilder b = new OutlineBuilder(source.fileName());
        StringBuilder title = null;
        boolean inHead = false;
        boolean inTitle = false;
        // open[d] = topic index of the d-th open <outline>; an array, not recursion, so any depth fits.
        int[] open = new int[64];
        int depth = 0;
        try (XmlStream xml = XmlStream.open(source)) {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.name();
                    if (name.equals("outline")) {
                        int parent = depth == 0 ? OutlineBuilder.ROOT : open[depth - 1];
                        int topic = addOutline(b, xml, parent);
                        if (depth == open.length) {
                            open = Arrays.copyOf(open, depth * 2);
                        }
                        open[depth++] = topic;
                    } else if (name.equals("head")) {
                        inHead = true;
                    } else if (inHead && name.equals("title") && title == null) {
                        inTitle = true;
                        title = new StringBuilder();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.name();
                    if (name.equals("outline")) {
                        depth--;
                    } else if (name.equals("head")) {
                        inHead = false;
                    } else if (name.equals("title")) {
                        inTitle = false;
                    }
                } else if (inTitle && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    title.append(xml.text());
                }
            }
        }
        if (b.size() == 0) {
            b.warn(0, "no <outline> elements: the OPML file has no topics");
        }
        return b.build(title == null ? "" : HtmlText.plain(title.toString()), format(), source);
    }

    private static int addOutline(OutlineBuilder b, XmlStream xml, int parent) {
        String raw = xml.attribute("text", null);
        if (raw == null) {
            // Feed lists and some outliners name an outline by its title only.
            raw = xml.attribute("title", "");
        }
        int line = xml.line();
        // What Crossmap's own OPML export writes beside the label (other outliners write url and category too).
        TopicMeta meta = MetaAttributes.categories(TopicMeta.NONE, xml.attribute("category", ""));
        String links = xml.attribute("links", "");
        for (String link : links.split("\\R")) {
            meta = MetaAttributes.link(meta, link);
        }
        if (links.isBlank()) {
            meta = MetaAttributes.link(meta, xml.attribute("url", xml.attribute("htmlUrl", "")));
        }
        meta = MetaAttributes.hours(meta, xml.attribute("hours", ""), b, line);
        meta = MetaAttributes.span(meta, xml.attribute("span", ""), b, line);
        meta = MetaAttributes.timestamp(meta, xml.attribute("timestamp", ""));
        Optional<Progress> progress = MetaAttributes.progress(xml.attribute("progress", ""), b, line);
        String label = Numbering.stripOutliner(HtmlText.plain(raw));
        String note = xml.attribute("_note", "");
        if (label.isEmpty() && parent != OutlineBuilder.ROOT) {
            // an empty outline (a blank line of an outliner) only groups: its children go to its parent
            b.appendNote(parent, note);
            return parent;
        }
        int topic = b.add(parent, label.isEmpty() ? "(no text)" : label, raw, line, meta, progress);
        if (!note.isBlank()) {
            b.appendNote(topic, note);
        }
        return topic;
    }
}
