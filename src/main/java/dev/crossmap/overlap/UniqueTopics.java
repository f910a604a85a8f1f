package dev.crossmap.overlap;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What only one roadmap teaches. A topic is <em>unique</em> to its roadmap when matching reads it as naming
 * something to learn (not the document title, not a structural label such as "Key Topics:" or a generic word)
 * and no part of it belongs to a concept that two or more roadmaps teach. A concept repeated only inside one
 * roadmap is still unique to it; a compound topic ("Transactions &amp; isolation levels") with one shared
 * part is not; a RELATED link (a narrower topic elsewhere) does not make a topic shared.
 *
 * @param byRoadmap each roadmap's unique topics in source order, roadmaps in load order
 */
public record UniqueTopics(Map<String, List<Topic>> byRoadmap) {
    public UniqueTopics {
        Map<String, List<Topic>> copy = new LinkedHashMap<>();
        byRoadmap.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byRoadmap = Collections.unmodifiableMap(copy);
    }

    /** The unique topics of every roadmap of the atlas, read the way {@code matcher} reads labels. */
    public static UniqueTopics of(Atlas atlas, CoverageMatrix matrix, Matcher matcher) {
        Set<TopicId> shared = new HashSet<>();
        for (CoverageMatrix.Row row : matrix.rows()) {
            if (row.spread() >= 2) {
                for (Occurrence o : row.concept().members()) {
                    shared.add(o.topic().id());
                }
            }
        }
        Map<String, List<Topic>> out = new LinkedHashMap<>();
        for (Roadmap r : atlas.roadmaps()) {
            List<Topic> unique = new ArrayList<>();
            for (Topic t : r.topics()) {
                if (!shared.contains(t.id()) && matcher.namesAConcept(r, t)) {
                    unique.add(t);
                }
            }
            out.put(r.name(), unique);
        }
        return new UniqueTopics(out);
    }

    /** How many topics only this roadmap teaches (0 for a roadmap that is not loaded). */
    public int count(String roadmap) {
        return byRoadmap.getOrDefault(roadmap, List.of()).size();
    }
}
