package dev.crossmap.model;

import java.util.List;
import java.util.Objects;

/**
 * One place where a concept is written: a topic of a roadmap (or one part of a compound topic).
 *
 * @param vertex  the atlas vertex that joined the concept: the topic itself or one of its facets
 * @param roadmap the roadmap's file name
 * @param topic   the topic as imported
 * @param label   the label a reader sees, markup removed
 * @param path    the labels of the topic's ancestors, outermost first, without the document title
 */
public record Occurrence(TopicId vertex, String roadmap, Topic topic, String label, List<String> path) {
    public Occurrence {
        Objects.requireNonNull(vertex, "vertex");
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(topic, "topic");
        path = List.copyOf(path);
    }

    /** 1-based line in the roadmap file. */
    public int line() {
        return topic.line();
    }
}
