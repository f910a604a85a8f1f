package dev.crossmap.outline;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;

/**
 * Freeplane and FreeMind mind maps ({@code .mm}): every {@code <node>} is a topic, the root node included
 * (its text is the roadmap's title). A node's text is its {@code TEXT} attribute or its
 * {@code <richcontent TYPE="NODE">} HTML reduced to plain text; {@code TYPE="NOTE"} and {@code TYPE="DETAILS"}
 * become the note; {@code FOLDED="true"} is kept; {@code <arrowlink DESTINATION="ID_…">} becomes a connector,
 * resolved by id once the whole map is read; {@code LINK} and the attributes Crossmap's export writes
 * ({@code tag}, {@code link}, {@code progress}, {@code hours}, {@code span}, {@code timestamp}) become the
 * topic's metadata and progress, and a {@code button_ok} icon means done. Chosen when the root element is
 * {@code <map>}.
 */
public final class FreeplaneReader implements OutlineReader {
    @Override
    public String format() {
        return "freeplane";
    }

    @Override
    public boolean accepts(SourceText source) {
        return XmlStream.rootName(source.text()).filter("map"::equals).isPresent();
    }

    @Override
    public ImportResult read(SourceText source) throws ImportException {
        OutlineBuilder b = new OutlineBuilder(source.fileName());
        // Open nodes, innermost last; a list, not recursion, so any depth fits.
        List<OpenNode> open = new ArrayList<>();
        RichContent rich = null;
        int level = 0;
        try (XmlStream xml = XmlStream.open(source)) {
            while (xml.hasNext()) {
                int event = xml.next();
                if (rich != null) {
                    rich = feed(rich, event, xml, open, b);
                    if (rich == null) {
                        level--;
                    }
                    continue;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    level++;
                    OpenNode top = open.isEmpty() ? null : open.get(open.size() - 1);
                    boolean direct = top != null && top.level == level - 1;
                    String name = xml.name();
                    if (name.equals("node")) {
                        if (top != null) {
                            top.materialize(b, parentOf(open, open.size() - 1));
                        }
                        open.add(new OpenNode(xml, level));
                    } else if (direct && name.equals("richcontent")) {
                        rich = new RichContent(xml.attribute("TYPE", "NODE").toUpperCase(Locale.ROOT),
                                xml.attribute("CONTENT-TYPE", "").startsWith("plain"));
                    } else if (direct && name.equals("hook") && xml.attribute("NAME", "").equals("ExternalObject")) {
                        top.image = xml.attribute("URI", "");
                    } else if (direct && name.equals("attribute")) {
                        top.attribute(xml.attribute("NAME", ""), xml.attribute("VALUE", ""), xml.line());
                    } else if (direct && name.equals("icon")) {
                        top.icon(xml.attribute("BUILTIN", ""));
                    } else if (direct && name.equals("arrowlink")) {
                        top.connector(new Arrow(xml.attribute("DESTINATION", ""), arrowLabel(xml), xml.line()));
                        top.flushConnectors(b);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    level--;
                    if (xml.name().equals("node") && !open.isEmpty()) {
                        int i = open.size() - 1;
                        open.get(i).materialize(b, parentOf(open, i));
                        open.remove(i);
                    }
                }
            }
        }
        if (b.size() == 0) {
            b.warn(0, "no <node> elements: the mind map has no topics");
            return b.build("", format(), source);
        }
        return b.build(b.label(0), format(), source);
    }

    /** Passes one event to the rich content being read; returns null once its element has closed. */
    private static RichContent feed(RichContent rich, int event, XmlStream xml, List<OpenNode> open,
                                    OutlineBuilder b) {
        if (event == XMLStreamConstants.START_ELEMENT) {
            rich.start(xml.name());
            if (rich.image.isEmpty() && xml.name().equalsIgnoreCase("img")) {
                rich.image = xml.attribute("src", "");
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            if (rich.depth == 0) {
                OpenNode top = open.get(open.size() - 1);
                String text = rich.text();
                if (rich.type.equals("NODE")) {
                    top.richText = text;
                    if (top.image.isEmpty()) {
                        top.image = rich.image; // a picture node written as HTML
                    }
                } else if (!text.isEmpty()) {
                    top.addNote(text, b);
                }
                return null;
            }
            rich.end(xml.name());
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE) {
            rich.characters(xml.text());
        }
        return rich;
    }

    private static int parentOf(List<OpenNode> open, int i) {
        return i == 0 ? OutlineBuilder.ROOT : open.get(i - 1).topic;
    }

    private static String arrowLabel(XmlStream xml) {
        String label = xml.attribute("MIDDLE_LABEL", "");
        if (label.isBlank()) {
            label = xml.attribute("SOURCE_LABEL", "");
        }
        if (label.isBlank()) {
            label = xml.attribute("TARGET_LABEL", "");
        }
        return Whitespace.oneLine(label);
    }

    /**
     * A {@code <node>} whose start tag has been read. It becomes a topic once its text is known: when its
     * first child node starts or when it ends, whichever comes first (rich text follows the start tag).
     */
    private static final class OpenNode {
        final int level;
        final int line;
        final String id;
        final String text;
        final String localizedText;
        final boolean folded;
        // Made when a node has any (most have none): four lists a node were a third of what reading a map allocated.
        private List<String> notes = List.of();
        private List<Arrow> connectors = List.of();
        private List<String> icons = List.of();
        private List<String[]> attributes = List.of();
        final String link;
        String richText;
        String image = "";
        int topic = -1;

        OpenNode(XmlStream xml, int level) {
            this.level = level;
            this.line = xml.line();
            this.id = xml.attribute("ID", "");
            this.text = xml.attribute("TEXT", null);
            this.localizedText = xml.attribute("LOCALIZED_TEXT", "");
            this.folded = xml.attribute("FOLDED", "").equals("true");
            this.link = xml.attribute("LINK", "");
        }

        void attribute(String name, String value, int at) {
            if (attributes.isEmpty()) {
                attributes = new ArrayList<>(2);
            }
            attributes.add(new String[] {name, value, Integer.toString(at)});
        }

        void icon(String name) {
            if (icons.isEmpty()) {
                icons = new ArrayList<>(2);
            }
            icons.add(name);
        }

        void connector(Arrow arrow) {
            if (connectors.isEmpty()) {
                connectors = new ArrayList<>(2);
            }
            connectors.add(arrow);
        }

        /** Tags, links, hours, span and timestamp from the attributes Crossmap's export writes, and LINK. */
        private TopicMeta meta(OutlineBuilder b) {
            TopicMeta meta = TopicMeta.NONE;
            boolean links = false;
            for (int i = 0; i < attributes.size(); i++) {
                String[] a = attributes.get(i);
                int at = Integer.parseInt(a[2]);
                switch (a[0]) {
                    case "tag" -> meta = meta.withTag(a[1]);
                    case "link" -> {
                        meta = MetaAttributes.link(meta, a[1]);
                        links = true;
                    }
                    case "hours" -> meta = MetaAttributes.hours(meta, a[1], b, at);
                    case "span" -> meta = MetaAttributes.span(meta, a[1], b, at);
                    case "timestamp" -> meta = MetaAttributes.timestamp(meta, a[1]);
                    default -> {
                        // other attributes are the user's own data, not ours to interpret
                    }
                }
            }
            // "#ID_…" links to another node of the map: a place in the file, not a web address
            return links || link.startsWith("#") ? meta : MetaAttributes.link(meta, link);
        }

        /** The {@code progress} attribute, else what a progress icon says. */
        private Optional<Progress> progress(OutlineBuilder b) {
            for (int i = 0; i < attributes.size(); i++) {
                String[] a = attributes.get(i);
                if (a[0].equals("progress")) {
                    return MetaAttributes.progress(a[1], b, Integer.parseInt(a[2]));
                }
            }
            return icons.contains("button_ok") ? Optional.of(Progress.DONE) : Optional.empty();
        }

        void materialize(OutlineBuilder b, int parent) {
            if (topic >= 0) {
                return;
            }
            String source;
            String label;
            if (richText != null) {
                source = richText;
                label = Whitespace.oneLine(richText);
            } else if (text != null) {
                source = text;
                // FreeMind kept HTML labels in the attribute itself.
                label = text.stripLeading().regionMatches(true, 0, "<html", 0, 5) ? HtmlText.plain(text)
                        : Whitespace.oneLine(text);
            } else {
                source = localizedText;
                label = Whitespace.oneLine(localizedText);
            }
            if (label.isEmpty() && !image.isEmpty()) {
                // A picture node: its file name is what the user would recognise it by.
                label = fileName(image);
            }
            label = Numbering.stripOutliner(label);
            if (label.isEmpty() && parent != OutlineBuilder.ROOT) {
                // an empty node (Freeplane's summary group, a blank bubble) only groups: its children go to its parent
                topic = parent;
                flushNotes(b);
                return;
            }
            topic = b.add(parent, label.isEmpty() ? "(no text)" : label, source, line, meta(b), progress(b));
            b.setFolded(topic, folded);
            b.name(topic, id, line);
            flushNotes(b);
            flushConnectors(b);
        }

        void addNote(String note, OutlineBuilder b) {
            if (topic >= 0) {
                b.appendNote(topic, note);
            } else {
                if (notes.isEmpty()) {
                    notes = new ArrayList<>(2);
                }
                notes.add(note);
            }
        }

        private void flushNotes(OutlineBuilder b) {
            for (int i = 0; i < notes.size(); i++) {
                b.appendNote(topic, notes.get(i));
            }
            notes = List.of();
        }

        void flushConnectors(OutlineBuilder b) {
            if (topic < 0) {
                return;
            }
            for (int i = 0; i < connectors.size(); i++) {
                Arrow c = connectors.get(i);
                if (c.destination().isEmpty()) {
                    b.warn(c.line(), "connector without a DESTINATION; dropped");
                } else {
                    b.connect(topic, c.destination(), c.label(), c.line());
                }
            }
            connectors = List.of();
        }
    }

    /** The file name of a picture's address, %-escapes decoded when they are well formed. */
    private static String fileName(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        try {
            return java.net.URLDecoder.decode(name.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name; // "100%.png" is a name, not an escape
        }
    }

    /** An {@code <arrowlink>} as written, kept until its node is a topic. */
    private record Arrow(String destination, String label, int line) {
    }

    /** The text of a {@code <richcontent>} element: XHTML reduced to lines of plain text, or plain text. */
    private static final class RichContent {
        final String type;
        final boolean plain;
        final StringBuilder sb = new StringBuilder();
        int depth;
        int hidden;
        String image = "";

        RichContent(String type, boolean plain) {
            this.type = type;
            this.plain = plain;
        }

        void start(String name) {
            depth++;
            String tag = name.toLowerCase(Locale.ROOT);
            if (hidden > 0 || tag.equals("head") || tag.equals("style") || tag.equals("script")) {
                hidden++;
            } else if (HtmlText.BLOCKS.contains(tag)) {
                sb.append('\n');
            }
        }

        void end(String name) {
            depth--;
            if (hidden > 0) {
                hidden--;
            } else if (HtmlText.BLOCKS.contains(name.toLowerCase(Locale.ROOT))) {
                sb.append('\n');
            }
        }

        void characters(String s) {
            if (hidden == 0) {
                sb.append(s);
            }
        }

        /** Non-empty lines, each with its white space collapsed (HTML) or kept (plain text). */
        String text() {
            StringBuilder out = new StringBuilder();
            for (String l : sb.toString().split("\\R")) {
                String line = plain ? l.stripTrailing() : Whitespace.oneLine(l);
                if (!line.isBlank()) {
                    out.append(out.length() > 0 ? "\n" : "").append(line);
                }
            }
            return out.toString();
        }
    }
}
