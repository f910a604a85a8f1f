package dev.crossmap.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;

/**
 * XMind 8 {@code content.xml}: {@code xmap-content} → {@code sheet} → {@code topic}, subtopics under
 * {@code children/topics[@type=attached]}, with {@code title}, {@code notes/plain}, {@code labels/label},
 * {@code marker-refs/marker-ref}, {@code xlink:href}, {@code branch="folded"} and the sheet's
 * {@code relationships}. Read as StAX events with explicit stacks (no recursion), once for the sheet titles
 * and once for the topics. One sheet of several is stored as the whole text behind a
 * {@code <?crossmap-sheet N?>} instruction, which reads back as that sheet alone.
 */
final class XmindXml {
    private static final Pattern SELECTOR = Pattern.compile(
            "\\A\\uFEFF?\\s*(?:<\\?xml[^?]*\\?>)?\\s*<\\?crossmap-sheet (\\d{1,4})\\?>");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "br", "tr", "h1", "h2", "h3", "pre");

    private XmindXml() {
    }

    static boolean looksLike(String text) {
        return XmlStream.rootName(text).filter("xmap-content"::equals).isPresent();
    }

    /** Every sheet as a roadmap, or only the sheet a stored text selects. */
    static List<ImportResult> readAll(SourceText source) throws ImportException {
        List<String> titles = sheetTitles(source);
        if (titles.isEmpty()) {
            throw new ImportException(source.fileName(), 1, "no <sheet>: the XMind file has no topics");
        }
        if (titles.size() > XmindJson.MAX_SHEETS) {
            throw new ImportException(source.fileName(), 1, "more than " + XmindJson.MAX_SHEETS + " sheets; refused");
        }
        Matcher m = SELECTOR.matcher(source.text());
        if (m.lookingAt()) {
            int sheet = Integer.parseInt(m.group(1)) - 1;
            if (sheet >= titles.size()) {
                throw new ImportException(source.fileName(), 1, "sheet " + (sheet + 1) + " is not in the file");
            }
            return new Walk(source, sheet, List.of(source.fileName()), titles).run();
        }
        return new Walk(source, -1, XmindTopic.sheetNames(source.fileName(), titles), titles).run();
    }

    /** The text that reads back as only the {@code sheet}-th (0-based) sheet: the selector after the declaration. */
    static String selecting(String text, int sheet) {
        int at = 0;
        int start = text.indexOf("<?xml");
        if (start >= 0 && text.substring(0, start).isBlank()) {
            int end = text.indexOf("?>", start);
            at = end < 0 ? 0 : end + 2;
        }
        // On the declaration's line, so every later line keeps its number.
        return text.substring(0, at) + "<?crossmap-sheet " + (sheet + 1) + "?>" + text.substring(at);
    }

    /** The first pass: each sheet's own {@code <title>}, in order. */
    private static List<String> sheetTitles(SourceText source) throws ImportException {
        List<String> titles = new ArrayList<>();
        int depth = 0;
        StringBuilder title = null;
        try (XmlStream xml = XmlStream.open(source)) {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2 && xml.name().equals("sheet")) {
                        titles.add("");
                    } else if (depth == 3 && xml.name().equals("title") && !titles.isEmpty()) {
                        title = new StringBuilder();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 3 && title != null) {
                        titles.set(titles.size() - 1, title.toString());
                        title = null;
                    }
                    depth--;
                } else if (title != null && isText(event)) {
                    title.append(xml.text());
                }
            }
        }
        return titles;
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /** An arrow the author drew between two topics, by their ids. */
    private record Relationship(String end1, String end2, int line, StringBuilder title) {
    }

    /** The second pass over the whole file, building one roadmap per sheet read. */
    private static final class Walk {
        private final SourceText source;
        private final int only;
        private final List<String> names;
        private final List<String> titles;
        private final List<ImportResult> results = new ArrayList<>();
        /** Open elements, innermost last; {@code topics} carry their type ("topics:detached"). */
        private final List<String> path = new ArrayList<>();
        private final List<XmindTopic> topics = new ArrayList<>();
        private final List<Integer> topicDepths = new ArrayList<>();
        private OutlineBuilder b;
        private Map<String, Integer> ids;
        private List<Relationship> relationships;
        private int sheet = -1;
        private int floating;
        private int floatingLine;
        // The element whose text is being gathered, at which depth, and the text so far.
        private String gathering;
        private int gatherDepth;
        private StringBuilder text;
        private String notePlain;
        private String noteHtml;

        Walk(SourceText source, int only, List<String> names, List<String> titles) {
            this.source = source;
            this.only = only;
            this.names = names;
            this.titles = titles;
        }

        List<ImportResult> run() throws ImportException {
            try (XmlStream xml = XmlStream.open(source)) {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        start(xml);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        end(xml);
                    } else if (text != null && isText(event)) {
                        text.append(xml.text());
                    }
                }
            }
            return results;
        }

        private void start(XmlStream xml) {
            String name = xml.name();
            String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
            path.add(name.equals("topics") ? "topics:" + xml.attribute("type", "attached") : name);
            int depth = path.size();
            if (depth == 2 && name.equals("sheet")) {
                sheet++;
                if (only < 0 || only == sheet) {
                    b = new OutlineBuilder(names.get(only < 0 ? sheet : 0));
                    ids = new HashMap<>();
                    relationships = new ArrayList<>();
                    floating = 0;
                }
                return;
            }
            if (b == null || depth < 3) {
                return;
            }
            if (text != null) {
                // Markup inside a note's XHTML: only its line breaks matter.
                if (BLOCKS.contains(name)) {
                    text.append('\n');
                }
                return;
            }
            XmindTopic topic = topics.isEmpty() ? null : topics.get(topics.size() - 1);
            switch (name) {
                case "topic" -> startTopic(xml, parent, topic);
                case "title" -> gather(parent.equals("topic") || parent.equals("relationship") ? parent : null);
                case "plain", "html" -> gather(parent.equals("notes") && topic != null ? name : null);
                case "notes" -> {
                    notePlain = null;
                    noteHtml = null;
                }
                case "label" -> gather(parent.equals("labels") && topic != null ? "label" : null);
                case "marker-ref" -> {
                    if (topic != null) {
                        topic.marker(xml.attribute("marker-id", ""));
                    }
                }
                case "relationship" -> relationships.add(new Relationship(xml.attribute("end1", ""),
                        xml.attribute("end2", ""), xml.line(), new StringBuilder()));
                default -> {
                }
            }
        }

        private void startTopic(XmlStream xml, String parent, XmindTopic enclosing) {
            int parentIndex;
            if (enclosing == null || parent.equals("topics:detached")) {
                // The central topic, or a floating one: a branch of its own.
                parentIndex = OutlineBuilder.ROOT;
                if (enclosing != null && floating++ == 0) {
                    floatingLine = xml.line();
                }
            } else {
                parentIndex = enclosing.index;
            }
            XmindTopic t = XmindTopic.start(b, parentIndex, xml.line());
            topics.add(t);
            topicDepths.add(path.size());
            String id = xml.attribute("id", "");
            if (!id.isEmpty()) {
                ids.putIfAbsent(id, t.index);
                b.name(t.index, id, xml.line());
            }
            if (xml.attribute("branch", "").equals("folded")) {
                b.setFolded(t.index, true);
            }
            String href = xml.attribute("href", "");
            if (!href.isEmpty()) {
                t.href(b, href, xml.line());
            }
        }

        private void gather(String what) {
            if (what != null) {
                gathering = what;
                gatherDepth = path.size();
                text = new StringBuilder();
            }
        }

        private void end(XmlStream xml) {
            int depth = path.size();
            String name = xml.name();
            if (text != null && depth == gatherDepth) {
                gathered();
            } else if (text != null && BLOCKS.contains(name)) {
                text.append('\n');
            }
            if (b != null && text == null) {
                if (!topics.isEmpty() && topicDepths.get(topicDepths.size() - 1) == depth && name.equals("topic")) {
                    topics.remove(topics.size() - 1).finish(b);
                    topicDepths.remove(topicDepths.size() - 1);
                } else if (name.equals("notes") && !topics.isEmpty()) {
                    int topic = topics.get(topics.size() - 1).index;
                    b.appendNote(topic, notePlain != null ? notePlain : noteHtml != null ? noteHtml : "");
                } else if (depth == 2 && name.equals("sheet")) {
                    endSheet();
                }
            }
            path.remove(depth - 1);
        }

        private void gathered() {
            String s = text.toString();
            text = null;
            XmindTopic topic = topics.isEmpty() ? null : topics.get(topics.size() - 1);
            switch (gathering) {
                case "topic" -> topic.title(b, s);
                case "relationship" -> relationships.get(relationships.size() - 1).title().append(s);
                case "plain" -> notePlain = s;
                case "html" -> noteHtml = lines(s);
                case "label" -> topic.label(s);
                default -> {
                }
            }
        }

        private void endSheet() {
            for (Relationship r : relationships) {
                Integer from = ids.get(r.end1());
                if (from == null) {
                    b.warn(r.line(), "relationship from " + r.end1() + ", which no topic has; dropped");
                } else {
                    b.connect(from, r.end2(), Whitespace.oneLine(r.title()), r.line());
                }
            }
            if (floating > 0) {
                b.warn(floatingLine, floating + " floating topic(s) kept as branches beside the central topic");
            }
            String stored = only >= 0 || names.size() == 1 ? source.text() : selecting(source.text(), sheet);
            SourceText own = new SourceText(b.fileName(), stored, source.warnings());
            String title = b.size() > 0 && !b.label(0).isEmpty() ? b.label(0) : Whitespace.oneLine(titles.get(sheet));
            if (b.size() == 0) {
                b.warn(0, "the sheet has no topic");
            }
            results.add(b.build(title, "xmind", own));
            topics.clear();
            topicDepths.clear();
            b = null;
        }

        /** XHTML text as non-empty lines, each with its white space collapsed. */
        private static String lines(String s) {
            StringBuilder out = new StringBuilder();
            for (String l : s.split("\n")) {
                String line = Whitespace.oneLine(l);
                if (!line.isEmpty()) {
                    out.append(out.length() > 0 ? "\n" : "").append(line);
                }
            }
            return out.toString();
        }
    }
}
