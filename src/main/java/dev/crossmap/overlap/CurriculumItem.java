package dev.crossmap.overlap;

import dev.crossmap.model.Concept;
import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the merged curriculum: a concept (all its occurrences, shown once) or a topic that is in no
 * concept. It refers to the real topics by id, so a note or progress set through it lands on them.
 *
 * @param index    its position in {@link MergedCurriculum#items()}
 * @param label    what a reader sees, e.g. "Idempotency"
 * @param concept  the concept it stands for; empty for a topic written in one place only
 * @param topics   the topics it stands for, in roadmap order then line order (one, for a lone topic)
 * @param taughtIn the roadmaps that teach it, in load order, with how many places in each
 */
public record CurriculumItem(int index, String label, Optional<Concept> concept, List<TopicId> topics,
                             List<Taught> taughtIn) {
    public CurriculumItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(concept, "concept");
        topics = List.copyOf(topics);
        taughtIn = List.copyOf(taughtIn);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("an item stands for at least one topic");
        }
    }

    /** How many places it is written in, across all roadmaps. */
    public int places() {
        return topics.size();
    }

    /** The topic where it is written first: where a note typed on the merged item is kept. */
    public TopicId primary() {
        return topics.get(0);
    }

    /**
     * One roadmap that teaches an item.
     *
     * @param roadmap the roadmap's file name
     * @param places  how many of the item's topics are in it
     */
    public record Taught(String roadmap, int places) {
        public Taught {
            Objects.requireNonNull(roadmap, "roadmap");
        }
    }
}
