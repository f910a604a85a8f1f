package dev.crossmap.outline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The legend of a roadmap.sh roadmap ("Personal Recommendation / Opinion", "Alternative Option", "Order not
 * strict / Learn anytime") and the tag each entry gives the topics that carry it. A topic names its entry in
 * {@code data.legend} by label, by id or by colour only; the legend node lists the entries in
 * {@code data.legends} (or {@code data.items}).
 */
final class RoadmapShLegend {
    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, String> byColour = new HashMap<>();

    /** Learns the entries of a legend node. */
    void addEntries(JsonNode data) {
        for (String field : new String[] {"legends", "items", "legend"}) {
            for (JsonNode entry : data.path(field)) {
                String label = RoadmapShEditor.clean(entry.path("label").asText(""));
                if (label.isEmpty()) {
                    continue;
                }
                String id = entry.path("id").asText("");
                if (!id.isEmpty()) {
                    byId.putIfAbsent(id, label);
                }
                String colour = colour(entry);
                if (!colour.isEmpty()) {
                    byColour.putIfAbsent(colour, label);
                }
            }
        }
    }

    /** The tag of the legend entry a node's data names, if it names one. */
    Optional<String> tagOf(JsonNode data) {
        JsonNode legend = data.path("legend");
        if (legend.isMissingNode() || legend.isNull()) {
            return Optional.empty();
        }
        String label = legend.isTextual() ? legend.asText("") : RoadmapShEditor.clean(legend.path("label").asText(""));
        if (label.isEmpty()) {
            label = byId.getOrDefault(legend.path("id").asText(""), "");
        }
        if (label.isEmpty()) {
            label = byColour.getOrDefault(colour(legend), "");
        }
        return label.isEmpty() ? Optional.empty() : Optional.of(tag(label));
    }

    /**
     * The short tag for a legend entry: roadmap.sh's three standard entries become "recommended",
     * "alternative" and "optional" (so tags agree across roadmaps); any other entry is its own label.
     */
    static String tag(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("not recommend") || l.contains("wouldn't recommend") || l.contains("would not recommend")) {
            return "not recommended";
        }
        if (l.contains("recommend") || l.contains("opinion")) {
            return "recommended";
        }
        if (l.contains("alternative")) {
            return "alternative";
        }
        if (l.contains("not strict") || l.contains("anytime") || l.contains("optional")) {
            return "optional";
        }
        return label;
    }

    private static String colour(JsonNode entry) {
        String c = entry.path("color").asText(entry.path("colour").asText(""));
        return c.strip().toLowerCase(Locale.ROOT);
    }
}
