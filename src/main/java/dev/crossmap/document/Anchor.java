package dev.crossmap.document;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.util.List;

/**
 * Where an annotated topic stood, by words rather than id: its roadmap, the labels of its ancestors and
 * its own label. Lets a note find its topic again after the roadmap was re-imported with edits.
 *
 * @param roadmap file name of the roadmap
 * @param path    ancestors' labels, outermost first
 * @param label   the topic's label
 */
public record Anchor(String roadmap, List<String> path, String label) {
    public Anchor {
        roadmap = roadmap == null ? "" : roadmap;
        path = path == null ? List.of() : List.copyOf(path);
        label = label == null ? "" : label;
    }

    /** The anchor of a topic of a roadmap. */
    public static Anchor of(Roadmap roadmap, Topic topic) {
        return new Anchor(roadmap.name(), roadmap.path(topic.id()), topic.label());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(roadmap);
        for (String p : path) {
            sb.append(" \u203a ").append(p);
        }
        return sb.append(" \u203a ").append(label).toString();
    }
}
