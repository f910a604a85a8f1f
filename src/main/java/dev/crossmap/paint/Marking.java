package dev.crossmap.paint;

import dev.crossmap.model.TopicId;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What a frame marks on its boxes besides labels.
 *
 * @param selected    the selected node, or -1
 * @param highlighted topics to glow (search matches, a concept's occurrences)
 * @param marks       each node's badges and progress
 * @param found       where a search found its text inside labels
 */
public record Marking(int selected, Set<TopicId> highlighted, IntFunction<TopicMarks> marks, Found found) {
    /** No selection, no search, no marks. */
    public static final Marking NONE = new Marking(-1, Set.of(), n -> TopicMarks.NONE);

    /** Marks without a search's text inside labels. */
    public Marking(int selected, Set<TopicId> highlighted, IntFunction<TopicMarks> marks) {
        this(selected, highlighted, marks, Found.NONE);
    }
}
