package dev.crossmap.ui;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;

/** A row of the roadmap tree: a whole roadmap ({@code topic == null}) or one of its topics. */
record TopicEntry(Roadmap roadmap, Topic topic) {
    boolean isRoadmap() {
        return topic == null;
    }

    String label() {
        return topic == null ? roadmap.title() : topic.label();
    }
}
