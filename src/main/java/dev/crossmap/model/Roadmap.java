package dev.crossmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One imported roadmap: its file name, its title and its topics in source order (a parent always
 * comes before its children). Immutable; lookups by id and by parent are indexed once at construction.
 */
public final class Roadmap {
    private final String name;
    private final String title;
    private final String format;
    private final List<Topic> topics;
    private final String sourceText;
    /** Topic by id: positions in {@code topics}, an int a topic rather than a map entry. */
    private final IdIndex byId;
    private final Map<TopicId, List<Topic>> children;
    private final List<Connector> connectors;

    /**
     * @param name       the file name it came from, e.g. "senior-backend-study-path.md"
     * @param title      the title a reader would give it (first heading, OPML title, root node)
     * @param format     the reader that understood it, e.g. "markdown", "opml", "freeplane"
     * @param topics     every topic, in source order, parents before children
     * @param sourceText the whole file as text after encoding repair, so a workspace is complete on its own
     */
    public Roadmap(String name, String title, String format, List<Topic> topics, String sourceText) {
        this(name, title, format, topics, sourceText, List.of());
    }

    /**
     * A roadmap whose author also drew links across the tree.
     *
     * @param connectors links between topics of this roadmap, in source order
     * @throws IllegalArgumentException if a connector names a topic that is not in {@code topics}
     */
    public Roadmap(String name, String title, String format, List<Topic> topics, String sourceText,
                   List<Connector> connectors) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = title == null || title.isBlank() ? name : title;
        this.format = format == null ? "" : format;
        this.topics = List.copyOf(topics);
        this.sourceText = sourceText == null ? "" : sourceText;
        List<Topic> all = this.topics;
        this.byId = new IdIndex(all.size(), i -> all.get(i).id());
        if (byId.firstDuplicate() >= 0) {
            throw new IllegalArgumentException("duplicate topic id " + all.get(byId.firstDuplicate()).id() + " in " + name);
        }
        Map<TopicId, List<Topic>> kids = new HashMap<>();
        for (Topic t : this.topics) {
            kids.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
        }
        kids.replaceAll((k, v) -> Collections.unmodifiableList(v));
        this.children = kids;
        this.connectors = List.copyOf(connectors);
        for (Connector c : this.connectors) {
            if (byId.find(c.from()) < 0 || byId.find(c.to()) < 0) {
                throw new IllegalArgumentException("connector " + c + " names a topic outside " + name);
            }
        }
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String format() {
        return format;
    }

    /** Every topic in source order. */
    public List<Topic> topics() {
        return topics;
    }

    /** Links the author drew between topics, beside the tree (empty for outline formats that have none). */
    public List<Connector> connectors() {
        return connectors;
    }

    public String sourceText() {
        return sourceText;
    }

    /** Number of topics. */
    public int size() {
        return topics.size();
    }

    /** The topic with this id, if it belongs to this roadmap. */
    public Optional<Topic> topic(TopicId id) {
        return Optional.ofNullable(find(id));
    }

    /** The direct children of a topic, in source order. */
    public List<Topic> children(TopicId parent) {
        return children.getOrDefault(Objects.requireNonNull(parent, "parent"), List.of());
    }

    /** Top-level topics in source order. */
    public List<Topic> roots() {
        return children.getOrDefault(null, List.of());
    }

    private Topic find(TopicId id) {
        int i = id == null ? -1 : byId.find(id);
        return i < 0 ? null : topics.get(i);
    }

    /** Labels of the ancestors of a topic, outermost first (not including the topic itself). */
    public List<String> path(TopicId id) {
        List<String> path = new ArrayList<>();
        Topic t = find(id);
        while (t != null && t.parent() != null) {
            t = find(t.parent());
            if (t != null) {
                path.add(t.label());
            }
        }
        Collections.reverse(path);
        return path;
    }

    @Override
    public String toString() {
        return "Roadmap[" + name + ", " + topics.size() + " topics]";
    }
}
