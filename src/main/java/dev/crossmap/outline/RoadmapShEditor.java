package dev.crossmap.outline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.WebLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * roadmap.sh's editor format (React Flow {@code nodes} and {@code edges}, absolute positions) made into a tree.
 * <ul>
 *   <li>The first {@code title} node names the roadmap. {@code topic} nodes are the top level, in the order of
 *   the learning path their solid edges draw (top to bottom where no edge says); a topic tied to the path by a
 *   dashed edge only hangs under that path topic.</li>
 *   <li>A {@code subtopic} (or each item of a {@code checklist}) goes under the topic an edge ties it to; else
 *   under the owner of the {@code section} box holding it (the topic with an edge to the box or to a member);
 *   else under the topic of the nearest connected member of its cluster of touching boxes; else under the
 *   nearest topic, with a warning.</li>
 *   <li>A {@code label} inside a section box heads the members below it: it becomes a grouping topic, since a
 *   reader sees it as their heading. Labels outside boxes and {@code paragraph}s are prose: they go to the note of
 *   the nearest topic; a paragraph holding a {@code button} is a call to action and is dropped, as are buttons,
 *   legends, lines and link groups.</li>
 *   <li>A legend entry on a node (recommended / alternative / optional…) becomes a tag; content files give
 *   notes and links. {@code data.oldId} is provenance: edges are matched on {@code id} only.</li>
 * </ul>
 */
final class RoadmapShEditor {
    private static final double TOUCHING = 12;
    private static final Comparator<Node> READING = Comparator.comparingDouble((Node n) -> n.box.y())
            .thenComparingDouble(n -> n.box.x());

    private enum Kind { TITLE, TOPIC, SUBTOPIC, CHECKLIST, LABEL, PARAGRAPH, SECTION, BUTTON, OTHER }

    /** One node as drawn, with what the reader decided about it. */
    private static final class Node {
        final int index;
        final String id;
        final Kind kind;
        final String label;
        final CanvasBox box;
        final int line;
        final JsonNode data;
        int parent = -1;
        int section = -1;
        int topic = -1;

        Node(int index, String id, Kind kind, String label, CanvasBox box, int line, JsonNode data) {
            this.index = index;
            this.id = id;
            this.kind = kind;
            this.label = label;
            this.box = box;
            this.line = line;
            this.data = data;
        }

        boolean topicLevel() {
            return kind == Kind.TOPIC;
        }

        boolean member() {
            return kind == Kind.SUBTOPIC || kind == Kind.CHECKLIST;
        }
    }

    private final OutlineBuilder b;
    private final Map<String, RoadmapShContent.TopicContent> content = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byId = new HashMap<>();
    private final List<RawEdge> rawEdges = new ArrayList<>();
    private final RoadmapShLegend legend = new RoadmapShLegend();
    private final Map<Integer, List<String>> pendingNotes = new HashMap<>();
    private String title = "";
    private int untitled;
    private int firstUntitled;

    RoadmapShEditor(OutlineBuilder b) {
        this.b = b;
    }

    /** An edge as written: ends by id, resolved once every node is known. */
    private record RawEdge(String source, String target, boolean dashed, int line) {
    }

    /** Whether any node has been read. */
    boolean hasNodes() {
        return !nodes.isEmpty() || !title.isEmpty() || untitled > 0;
    }

    /**
     * Builds the tree from the nodes and edges read, with descriptions and links from {@code files} (the embedded
     * content folder); returns the roadmap's title ("" when there is no title node).
     */
    String finish(Map<String, String> files) {
        for (Map.Entry<String, String> f : files.entrySet()) {
            String id = RoadmapShContent.nodeId(f.getKey());
            if (!id.isEmpty()) {
                content.put(id, RoadmapShContent.parse(f.getValue()));
            }
        }
        return read();
    }

    private String read() {
        if (untitled > 0) {
            b.warn(firstUntitled, untitled + " topic node(s) without a label; left out");
        }
        List<Edge> edges = collectEdges();
        List<Node> topics = nodes.stream().filter(Node::topicLevel).toList();
        if (topics.isEmpty()) {
            b.warn(0, "no topic nodes: the roadmap has nothing to show");
            return title;
        }
        int[] pathOrder = learningPath(topics, edges);
        placeSections();
        placeMembers(edges, topics);
        placeProse(topics);
        emit(pathOrder);
        return title;
    }

    /** Takes one node as it streams in, keeping only what the tree needs of it. */
    void addNode(JsonNode n, int line) {
        JsonNode data = n.path("data");
        String type = n.path("type").asText("");
        Kind kind = kind(type);
        String label = clean(data.path("label").asText(""));
        if (kind == Kind.OTHER && type.equals("legend")) {
            legend.addEntries(data);
        }
        if ((kind == Kind.TOPIC || kind == Kind.SUBTOPIC) && label.isEmpty()) {
            untitled++;
            firstUntitled = firstUntitled == 0 ? line : firstUntitled;
            return;
        }
        if (kind == Kind.TITLE && title.isEmpty() && !label.isEmpty()) {
            title = label;
        } else if (kind == Kind.TITLE) {
            kind = Kind.LABEL; // a second title is a heading somewhere on the canvas
        }
        // Most nodes need no more of their data than the label: keep it only for legends and checklists.
        JsonNode kept = data.has("legend") || data.has("checklists") ? data : MissingNode.getInstance();
        Node node = new Node(nodes.size(), n.path("id").asText(""), kind, label, box(n), line, kept);
        nodes.add(node);
        if (!node.id.isEmpty() && byId.putIfAbsent(node.id, node) != null) {
            b.warn(line, "node id " + node.id + " is used twice; edges go to the first");
        }
    }

    /** Takes one edge as it streams in. */
    void addEdge(JsonNode edge, int line) {
        rawEdges.add(new RawEdge(edge.path("source").asText(""), edge.path("target").asText(""), dashed(edge), line));
    }

    private static Kind kind(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "title" -> Kind.TITLE;
            case "topic" -> Kind.TOPIC;
            case "subtopic" -> Kind.SUBTOPIC;
            case "checklist" -> Kind.CHECKLIST;
            case "label" -> Kind.LABEL;
            case "paragraph" -> Kind.PARAGRAPH;
            case "section" -> Kind.SECTION;
            case "button", "resourcebutton" -> Kind.BUTTON;
            default -> Kind.OTHER;
        };
    }

    /** Position and size as written: positionAbsolute or position; width/height, style or measured. */
    private static CanvasBox box(JsonNode n) {
        JsonNode pos = n.path("positionAbsolute").isObject() ? n.path("positionAbsolute") : n.path("position");
        double w = firstNumber(n.path("width"), n.path("style").path("width"), n.path("measured").path("width"));
        double h = firstNumber(n.path("height"), n.path("style").path("height"), n.path("measured").path("height"));
        return new CanvasBox(pos.path("x").asDouble(0), pos.path("y").asDouble(0), Double.isNaN(w) ? 150 : w,
                Double.isNaN(h) ? 40 : h);
    }

    private static double firstNumber(JsonNode... candidates) {
        for (JsonNode c : candidates) {
            if (c.isNumber() || (c.isTextual() && c.asText().matches("-?\\d+(\\.\\d+)?(px)?"))) {
                return c.isNumber() ? c.asDouble() : Double.parseDouble(c.asText().replace("px", ""));
            }
        }
        return Double.NaN;
    }

    /** A label on one line, white space as every reader tidies it. */
    static String clean(String label) {
        return Whitespace.oneLine(label);
    }

    /** An edge between two known nodes; dashed tells a parent/child tie from a step of the learning path. */
    private record Edge(Node from, Node to, boolean dashed) {
    }

    private List<Edge> collectEdges() {
        List<Edge> edges = new ArrayList<>();
        int dangling = 0;
        int firstDangling = 0;
        for (RawEdge e : rawEdges) {
            Node from = byId.get(e.source);
            Node to = byId.get(e.target);
            if (from == null || to == null) {
                // Stale edges (to deleted nodes, or to an old id) are common in real files.
                dangling++;
                firstDangling = firstDangling == 0 ? e.line : firstDangling;
                continue;
            }
            if (from != to) {
                edges.add(new Edge(from, to, e.dashed));
            }
        }
        if (dangling > 0) {
            b.warn(firstDangling, dangling + " edge(s) name a node that is not in the file; ignored");
        }
        return edges;
    }

    /** Dashed in any of the spellings the editor has used: a dash array, an edge style, an animated edge. */
    private static boolean dashed(JsonNode edge) {
        String dash = edge.path("style").path("strokeDasharray").asText("").strip();
        if (!dash.isEmpty() && !dash.equals("0") && !dash.equals("none")) {
            return true;
        }
        String style = (edge.path("data").path("edgeStyle").asText("") + " " + edge.path("type").asText("") + " "
                + edge.path("className").asText("")).toLowerCase(Locale.ROOT);
        return style.contains("dash") || style.contains("dott") || edge.path("animated").asBoolean(false);
    }

    /**
     * Topics in learning-path order: solid topic-to-topic edges are steps, taken in the direction drawn; where
     * edges leave a choice (or there are none), the topmost topic comes first. A topic tied to the path by dashed
     * edges only becomes a child of that path topic.
     */
    private int[] learningPath(List<Node> topics, List<Edge> edges) {
        Map<Node, List<Node>> next = new HashMap<>();
        int[] incoming = new int[nodes.size()];
        boolean[] onPath = new boolean[nodes.size()];
        for (Edge e : edges) {
            if (!e.dashed && e.from.topicLevel() && e.to.topicLevel()) {
                next.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e.to);
                incoming[e.to.index]++;
                onPath[e.from.index] = true;
                onPath[e.to.index] = true;
            }
        }
        for (Edge e : edges) {
            if (e.dashed && e.from.topicLevel() && e.to.topicLevel() && onPath[e.from.index] != onPath[e.to.index]) {
                Node side = onPath[e.from.index] ? e.to : e.from;
                Node host = side == e.to ? e.from : e.to;
                if (side.parent < 0) {
                    side.parent = host.index;
                }
            }
        }
        PriorityQueue<Node> ready = new PriorityQueue<>(READING);
        List<Node> waiting = new ArrayList<>();
        for (Node t : topics) {
            if (t.parent < 0) {
                (incoming[t.index] == 0 ? ready : waiting).add(t);
            }
        }
        waiting.sort(READING);
        boolean[] done = new boolean[nodes.size()];
        int[] order = new int[topics.size()];
        int n = 0;
        int w = 0;
        while (!ready.isEmpty() || w < waiting.size()) {
            if (ready.isEmpty()) {
                Node cut = waiting.get(w++); // a cycle of steps: enter it at its topmost topic
                if (!done[cut.index]) {
                    ready.add(cut);
                }
                continue;
            }
            Node t = ready.poll();
            if (done[t.index]) {
                continue;
            }
            done[t.index] = true;
            order[n++] = t.index;
            for (Node s : next.getOrDefault(t, List.of())) {
                if (s.parent < 0 && !done[s.index] && --incoming[s.index] == 0) {
                    ready.add(s);
                }
            }
        }
        return Arrays.copyOf(order, n);
    }

    /** Each member, label and paragraph learns the smallest section box holding it. */
    private void placeSections() {
        List<Node> sections = nodes.stream().filter(n -> n.kind == Kind.SECTION)
                .sorted(Comparator.comparingDouble(n -> n.box.area())).toList();
        if (sections.isEmpty()) {
            return;
        }
        List<Node> contained = nodes.stream().filter(n -> n.member() || n.kind == Kind.LABEL
                || n.kind == Kind.TOPIC).toList();
        // Sections are few on a real roadmap; a hostile file with very many is read without its boxes.
        if ((long) sections.size() * contained.size() > 50_000_000L) {
            b.warn(0, sections.size() + " section boxes are too many to group by; boxes ignored");
            return;
        }
        for (Node n : contained) {
            for (Node s : sections) {
                if (s.box.holds(n.box) && s.box.area() > n.box.area()) {
                    n.section = s.index;
                    break;
                }
            }
        }
    }

    private void placeMembers(List<Edge> edges, List<Node> topics) {
        int[] owner = new int[nodes.size()];
        Arrays.fill(owner, -1);
        double[] ownerGap = new double[nodes.size()];
        Arrays.fill(ownerGap, Double.MAX_VALUE);
        UnionFind clusters = new UnionFind(nodes.size());
        // Direct ties: a member (or a section box) and the topic at the other end of an edge.
        for (Edge e : edges) {
            Node topic = e.from.topicLevel() ? e.from : e.to.topicLevel() ? e.to : null;
            Node other = topic == e.from ? e.to : e.from;
            if (topic != null && !other.topicLevel() && (other.member() || other.kind == Kind.SECTION
                    || other.kind == Kind.LABEL)) {
                double gap = topic.box.gap(other.box);
                if (gap < ownerGap[other.index]) {
                    owner[other.index] = topic.index;
                    ownerGap[other.index] = gap;
                }
            } else if (e.from.member() && e.to.member()) {
                clusters.union(e.from.index, e.to.index);
            }
        }
        // A section box without an edge is owned by the topic its members are tied to, or a topic inside it.
        for (Node n : nodes) {
            if (n.section >= 0 && owner[n.section] < 0) {
                if (n.member() && owner[n.index] >= 0) {
                    owner[n.section] = owner[n.index];
                } else if (n.topicLevel()) {
                    owner[n.section] = n.index;
                }
            }
        }
        List<Node> members = nodes.stream().filter(Node::member).toList();
        List<CanvasBox> boxes = members.stream().map(m -> m.box).toList();
        CanvasGrid.touching(boxes, TOUCHING, 256, (x, y) -> clusters.union(members.get(x).index, members.get(y).index));
        CanvasGrid.Nearest nearestTopic = new CanvasGrid.Nearest(topics.stream().map(t -> t.box).toList());
        // Labels in a box head the members below them.
        Map<Integer, List<Node>> headings = new HashMap<>();
        for (Node n : nodes) {
            if (n.kind == Kind.LABEL && n.section >= 0) {
                headings.computeIfAbsent(n.section, k -> new ArrayList<>()).add(n);
            }
        }
        int[] resolved = new int[nodes.size()];
        Arrays.fill(resolved, -1);
        for (Node m : members) {
            resolved[m.index] = owner[m.index] >= 0 ? owner[m.index]
                    : m.section >= 0 ? sectionOwner(m.section, owner, nearestTopic, topics) : -1;
        }
        spreadThroughClusters(members, clusters, resolved);
        for (Node m : members) {
            if (resolved[m.index] < 0) {
                Node t = topics.get(nearestTopic.nearest(m.box));
                resolved[m.index] = t.index;
                b.warn(m.line, "\"" + shown(m) + "\" has no edge or box that ties it to a topic; put under the "
                        + "nearest topic, \"" + t.label + "\"");
            }
            Node heading = headingAbove(m, headings.get(m.section));
            if (heading != null) {
                heading.parent = heading.parent >= 0 ? heading.parent : resolved[m.index];
                m.parent = heading.index;
            } else {
                m.parent = resolved[m.index];
            }
        }
    }

    private int sectionOwner(int section, int[] owner, CanvasGrid.Nearest nearest, List<Node> topics) {
        if (owner[section] < 0) {
            Node s = nodes.get(section);
            Node t = topics.get(nearest.nearest(s.box));
            owner[section] = t.index;
            b.warn(s.line, "a section box has no edge to a topic; its subtopics go under the nearest topic, \""
                    + t.label + "\"");
        }
        return owner[section];
    }

    /** Members not yet placed take the topic of the closest placed member of their touching cluster. */
    private void spreadThroughClusters(List<Node> members, UnionFind clusters, int[] resolved) {
        Map<Integer, List<Node>> byCluster = new HashMap<>();
        for (Node m : members) {
            byCluster.computeIfAbsent(clusters.find(m.index), k -> new ArrayList<>()).add(m);
        }
        for (List<Node> cluster : byCluster.values()) {
            List<Node> placed = cluster.stream().filter(m -> resolved[m.index] >= 0).toList();
            if (placed.isEmpty() || placed.size() == cluster.size()) {
                continue;
            }
            CanvasGrid.Nearest nearest = new CanvasGrid.Nearest(placed.stream().map(m -> m.box).toList());
            for (Node m : cluster) {
                if (resolved[m.index] < 0) {
                    resolved[m.index] = resolved[placed.get(nearest.nearest(m.box)).index];
                }
            }
        }
    }

    private static Node headingAbove(Node m, List<Node> headings) {
        Node best = null;
        if (headings != null) {
            for (Node h : headings) {
                if (h.box.y() <= m.box.y() + 1 && (best == null || h.box.y() > best.box.y())) {
                    best = h;
                }
            }
        }
        return best;
    }

    /** Labels that head nothing, and paragraphs, become notes of the nearest topic or subtopic. */
    private void placeProse(List<Node> topics) {
        List<Node> targets = nodes.stream().filter(n -> n.topicLevel() || n.kind == Kind.SUBTOPIC).toList();
        CanvasGrid.Nearest nearest = new CanvasGrid.Nearest(targets.stream().map(n -> n.box).toList());
        List<CanvasBox> buttons = nodes.stream().filter(n -> n.kind == Kind.BUTTON).map(n -> n.box).toList();
        for (Node n : nodes) {
            boolean prose = (n.kind == Kind.LABEL && n.parent < 0) || n.kind == Kind.PARAGRAPH;
            if (!prose || n.label.isEmpty() || holdsButton(n, buttons)) {
                continue;
            }
            Node t = targets.get(nearest.nearest(n.box));
            pendingNotes.computeIfAbsent(t.index, k -> new ArrayList<>()).add(n.label);
        }
    }

    /** A paragraph holding a button, or a label in a box of buttons, is navigation ("Visit the … roadmap"). */
    private boolean holdsButton(Node n, List<CanvasBox> buttons) {
        CanvasBox frame = n.kind == Kind.PARAGRAPH ? n.box : n.section >= 0 ? nodes.get(n.section).box : null;
        if (frame == null) {
            return false;
        }
        for (CanvasBox button : buttons) {
            if (frame.holds(button)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the topics to the builder, parents first: path topics, then each one's children in reading order. */
    private void emit(int[] pathOrder) {
        Map<Integer, List<Node>> children = new HashMap<>();
        for (Node n : nodes) {
            if (n.parent >= 0 && (n.topicLevel() || n.member() || n.kind == Kind.LABEL)) {
                children.computeIfAbsent(n.parent, k -> new ArrayList<>()).add(n);
            }
        }
        children.values().forEach(l -> l.sort(READING));
        Deque<Node> stack = new ArrayDeque<>();
        for (int i = pathOrder.length - 1; i >= 0; i--) {
            stack.push(nodes.get(pathOrder[i]));
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            int parent = n.parent < 0 ? OutlineBuilder.ROOT : nodes.get(n.parent).topic;
            if (n.kind == Kind.CHECKLIST) {
                addChecklist(n, parent);
                continue;
            }
            n.topic = b.add(parent, n.label, n.label, n.line, meta(n), Optional.empty());
            RoadmapShContent.TopicContent c = content.get(n.id);
            if (c != null && n.kind != Kind.LABEL) {
                b.appendNote(n.topic, c.note());
            }
            for (String note : pendingNotes.getOrDefault(n.index, List.of())) {
                b.appendNote(n.topic, note);
            }
            List<Node> kids = children.getOrDefault(n.index, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
    }

    private void addChecklist(Node n, int parent) {
        for (JsonNode item : n.data.path("checklists")) {
            String label = clean(item.path("label").asText(""));
            if (!label.isEmpty()) {
                b.add(parent, label, label, n.line);
            }
        }
    }

    private TopicMeta meta(Node n) {
        TopicMeta meta = TopicMeta.NONE;
        Optional<String> tag = legend.tagOf(n.data);
        if (tag.isPresent()) {
            meta = meta.withTag(tag.get());
        }
        RoadmapShContent.TopicContent c = n.kind == Kind.LABEL ? null : content.get(n.id);
        if (c != null) {
            for (WebLink l : c.links()) {
                meta = meta.withLink(l);
            }
        }
        return meta;
    }

    private static String shown(Node n) {
        if (n.kind == Kind.CHECKLIST) {
            JsonNode first = n.data.path("checklists").path(0).path("label");
            return "checklist " + clean(first.asText("")) + "…";
        }
        return n.label;
    }

    /** Disjoint sets of node indexes, without recursion. */
    private static final class UnionFind {
        private final int[] up;

        UnionFind(int n) {
            up = new int[n];
            for (int i = 0; i < n; i++) {
                up[i] = i;
            }
        }

        int find(int x) {
            while (up[x] != x) {
                up[x] = up[up[x]];
                x = up[x];
            }
            return x;
        }

        void union(int a, int b) {
            up[find(a)] = find(b);
        }
    }
}
