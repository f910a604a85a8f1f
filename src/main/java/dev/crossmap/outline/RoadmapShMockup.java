package dev.crossmap.outline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.WebLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * roadmap.sh's older mockup format ({@code mockup.controls.control}, drawn in Balsamiq) made into a tree. A
 * {@code __group__} control with {@code properties.controlName} is a topic: {@code 101-basics} is the second
 * top-level topic "basics", {@code 100-basics:what-is-x} the first child of "basics" (the part before the last
 * {@code :} names the parent, the number orders siblings). The group's first {@code Label} is its text; further
 * labels in the same group are items listed inside the box and become its children. The largest free
 * {@code Label} is the title. {@code ext_link:} groups are links to other roadmaps and are left out.
 */
final class RoadmapShMockup {
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})-(.+)$");

    /** A topic group as drawn. */
    private record Group(String path, int order, String label, List<String> items, CanvasBox box, int line) {
        String parentPath() {
            int colon = path.lastIndexOf(':');
            return colon < 0 ? "" : path.substring(0, colon);
        }
    }

    private final OutlineBuilder b;
    private final Map<String, Group> groups = new HashMap<>();
    private final List<Group> inOrder = new ArrayList<>();
    private String title = "";
    private double titleSize;

    RoadmapShMockup(OutlineBuilder b) {
        this.b = b;
    }

    /** Takes one control as it streams in: the largest free label is the title, named groups are topics. */
    void addControl(JsonNode c, int line) {
        String type = c.path("typeID").asText("");
        if (type.equals("Label")) {
            double size = number(c.path("properties").path("size"), 0);
            String text = RoadmapShEditor.clean(c.path("properties").path("text").asText(""));
            if (!text.isEmpty() && size > titleSize) {
                title = text;
                titleSize = size;
            }
            return;
        }
        String name = c.path("properties").path("controlName").asText("").strip();
        if (!type.equals("__group__") || name.isEmpty() || name.startsWith("ext_link")) {
            return;
        }
        Group g = group(c, name, line);
        if (g.label.isEmpty()) {
            b.warn(line, "topic " + name + " has no text; left out");
        } else if (groups.putIfAbsent(g.path, g) != null) {
            b.warn(line, "topic " + name + " is drawn twice; the first is kept");
        } else {
            inOrder.add(g);
        }
    }

    /** Builds the tree, with descriptions and links from {@code files}; returns the title ("" when none). */
    String finish(Map<String, String> files) {
        Map<String, RoadmapShContent.TopicContent> content = new HashMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            content.put(RoadmapShContent.topicPath(f.getKey()), RoadmapShContent.parse(f.getValue()));
        }
        if (inOrder.isEmpty()) {
            b.warn(0, "no named groups in the mockup: the roadmap has no topics");
        }
        Map<String, List<Group>> children = new HashMap<>();
        for (Group g : inOrder) {
            String parent = g.parentPath();
            while (!parent.isEmpty() && !groups.containsKey(parent)) {
                int colon = parent.lastIndexOf(':');
                parent = colon < 0 ? "" : parent.substring(0, colon);
            }
            if (!parent.equals(g.parentPath())) {
                b.warn(g.line, "topic " + g.path + " names a parent that is not drawn ("
                        + g.parentPath() + "); put under " + (parent.isEmpty() ? "the top level" : parent));
            }
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(g);
        }
        Comparator<Group> siblings = Comparator.comparingInt(Group::order).thenComparingDouble(g -> g.box.y())
                .thenComparingDouble(g -> g.box.x());
        children.values().forEach(l -> l.sort(siblings));
        emit(b, children, content);
        return title;
    }

    private static void emit(OutlineBuilder b, Map<String, List<Group>> children,
                             Map<String, RoadmapShContent.TopicContent> content) {
        record Pending(Group group, int parent) {
        }
        Deque<Pending> stack = new ArrayDeque<>();
        List<Group> top = children.getOrDefault("", List.of());
        for (int i = top.size() - 1; i >= 0; i--) {
            stack.push(new Pending(top.get(i), OutlineBuilder.ROOT));
        }
        while (!stack.isEmpty()) {
            Pending p = stack.pop();
            Group g = p.group;
            RoadmapShContent.TopicContent c = content.get(g.path.replace(':', '/'));
            TopicMeta meta = TopicMeta.NONE;
            if (c != null) {
                for (WebLink l : c.links()) {
                    meta = meta.withLink(l);
                }
            }
            int topic = b.add(p.parent, g.label, g.label, g.line, meta, Optional.empty());
            if (c != null) {
                b.appendNote(topic, c.note());
            }
            for (String item : g.items) {
                b.add(topic, item, item, g.line);
            }
            List<Group> kids = children.getOrDefault(g.path, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Pending(kids.get(i), topic));
            }
        }
    }

    private static Group group(JsonNode c, String name, int line) {
        Matcher m = ORDERED.matcher(name);
        int order = m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
        String path = m.matches() ? m.group(2) : name;
        List<String> labels = new ArrayList<>();
        for (JsonNode child : c.path("children").path("controls").path("control")) {
            String type = child.path("typeID").asText("");
            String text = RoadmapShEditor.clean(child.path("properties").path("text").asText(""));
            if (!text.isEmpty() && (type.equals("Label") || type.equals("Paragraph") || labels.isEmpty())) {
                labels.add(text);
            }
        }
        CanvasBox box = new CanvasBox(number(c.path("x"), 0), number(c.path("y"), 0),
                number(c.path("w"), number(c.path("measuredW"), 0)), number(c.path("h"), number(c.path("measuredH"), 0)));
        String label = labels.isEmpty() ? "" : labels.get(0);
        return new Group(path, order, label, labels.size() > 1 ? labels.subList(1, labels.size()) : List.of(), box,
                line);
    }

    /** Balsamiq writes numbers as strings ("813"); anything unreadable is {@code otherwise}. */
    private static double number(JsonNode n, double otherwise) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return n.isTextual() ? Double.parseDouble(n.asText().strip()) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
