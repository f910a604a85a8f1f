package dev.crossmap.export;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import java.util.Map;

/**
 * What an exported map shows on a topic besides its label: the ×N badge of a topic written in N places,
 * the learner's progress mark and a mark for a note. The window passes its own; the command line builds
 * one from a workspace and its matched atlas.
 */
public interface Decorations {
    /** A plain map: no badges, no progress, no notes. */
    Decorations NONE = new Decorations() {
        @Override
        public int occurrences(TopicId topic) {
            return 1;
        }

        @Override
        public Progress progress(TopicId topic) {
            return Progress.NOT_STARTED;
        }

        @Override
        public boolean hasNote(TopicId topic) {
            return false;
        }
    };

    /** In how many places the topic's concept is written; 1 when only here (no badge). */
    int occurrences(TopicId topic);

    /** The learner's status of the topic ({@link Progress#NOT_STARTED}: no mark). */
    Progress progress(TopicId topic);

    /** Whether the learner wrote a note on the topic. */
    boolean hasNote(TopicId topic);

    /** The marks of a workspace's annotations and of an atlas's concepts. */
    static Decorations of(Map<TopicId, Annotation> annotations, Atlas atlas) {
        Map<TopicId, Annotation> notes = Map.copyOf(annotations);
        return new Decorations() {
            @Override
            public int occurrences(TopicId topic) {
                return atlas.conceptOf(topic).map(Concept::size).orElse(1);
            }

            @Override
            public Progress progress(TopicId topic) {
                Annotation a = notes.get(topic);
                return a == null ? Progress.NOT_STARTED : a.progress();
            }

            @Override
            public boolean hasNote(TopicId topic) {
                Annotation a = notes.get(topic);
                return a != null && !a.note().isBlank();
            }
        };
    }
}
