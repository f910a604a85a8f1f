package dev.crossmap.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Decision;
import dev.crossmap.model.Facet;
import dev.crossmap.model.Link;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.LinkOrigin;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Suggestion;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last match saved with a workspace (its {@code "match"} section), so that re-opening a workspace whose
 * roadmaps, decisions and matcher are unchanged shows its overlaps without matching again. Keyed by a SHA-256 of
 * everything matching reads; a key that differs means the cache is ignored, never trusted. Stored compactly:
 * vertices are numbers (topics in roadmap order, then facets), links and suggestions one text each, reasons once.
 */
public final class MatchCache {
    private MatchCache() {
    }

    /** A match read from a file, turned into an atlas only if its key is the one of what is open. */
    public record Stored(String key, JsonNode data) {
        /** The saved atlas when it was matched from exactly these roadmaps and decisions by this matcher. */
        public Optional<Atlas> atlasFor(List<Roadmap> roadmaps, List<Decision> decisions, String matcher) {
            if (!key.equals(MatchCache.key(roadmaps, decisions, matcher))) {
                return Optional.empty();
            }
            try {
                return Optional.of(decode(data, roadmaps, decisions));
            } catch (RuntimeException e) {
                return Optional.empty(); // damaged: match again rather than show something wrong
            }
        }
    }

    /**
     * What matching reads, as one hash: the matcher's fingerprint (version and settings), each roadmap's name,
     * format, source text and topic ids, and the decisions in order.
     */
    public static String key(List<Roadmap> roadmaps, List<Decision> decisions, String matcher) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        update(sha, matcher);
        for (Roadmap r : roadmaps) {
            update(sha, r.name());
            update(sha, r.format());
            update(sha, r.sourceText());
            update(sha, Integer.toString(r.size()));
            for (Topic t : r.topics()) { // an edit that keeps the source (a re-import by a newer reader) changes ids
                update(sha, t.id().value());
            }
        }
        for (Decision d : decisions) {
            update(sha, d.action() + " " + d.a().value() + " " + d.b().value() + " " + d.kind());
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : sha.digest()) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** Writes the atlas's match under the current field name, when it was matched from these very roadmaps. */
    static void write(JsonGenerator g, Atlas atlas, List<Roadmap> roadmaps, List<Decision> decisions, String matcher)
            throws IOException {
        if (!matchedFrom(atlas, roadmaps, decisions)) {
            return; // not matched yet, or matched from an earlier state: nothing worth keeping
        }
        Map<TopicId, Integer> number = new HashMap<>();
        for (Roadmap r : roadmaps) {
            for (Topic t : r.topics()) {
                number.put(t.id(), number.size());
            }
        }
        int topics = number.size();
        List<Facet> facets = atlas.facets();
        g.writeObjectFieldStart("match");
        g.writeStringField("key", key(roadmaps, decisions, matcher));
        g.writeNumberField("topics", topics);
        g.writeArrayFieldStart("facets");
        for (Facet f : facets) {
            int n = number.get(f.topic());
            g.writeString(Integer.toString(n, 36) + " " + f.id().value().substring(f.topic().value().length()) + " " + f.label());
            number.put(f.id(), number.size());
        }
        g.writeEndArray();
        Map<String, Integer> reasons = new LinkedHashMap<>();
        StringBuilder links = new StringBuilder();
        for (Link l : atlas.links()) {
            links.append(Integer.toString(number.get(l.source()), 36)).append(',')
                    .append(Integer.toString(number.get(l.target()), 36)).append(',')
                    .append(l.kind().ordinal() * 3 + l.origin().ordinal()).append(',')
                    .append(Integer.toString(reasons.computeIfAbsent(l.reason(), k -> reasons.size()), 36)).append(',')
                    .append(score(l.score())).append(';');
        }
        StringBuilder suggestions = new StringBuilder();
        for (Suggestion s : atlas.suggestions()) {
            suggestions.append(Integer.toString(number.get(s.a()), 36)).append(',')
                    .append(Integer.toString(number.get(s.b()), 36)).append(',')
                    .append(Integer.toString(reasons.computeIfAbsent(s.reason(), k -> reasons.size()), 36)).append(',')
                    .append(score(s.score())).append(';');
        }
        StringBuilder organising = new StringBuilder();
        for (Roadmap r : roadmaps) {
            for (Topic t : r.topics()) {
                if (atlas.onlyOrganises(t.id())) {
                    organising.append(Integer.toString(number.get(t.id()), 36)).append(' ');
                }
            }
        }
        g.writeStringField("links", links.toString());
        g.writeStringField("suggestions", suggestions.toString());
        g.writeStringField("organising", organising.toString().strip());
        g.writeArrayFieldStart("reasons");
        for (String r : reasons.keySet()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Whether the atlas was matched from exactly these roadmap objects and decisions (its graph is theirs). */
    private static boolean matchedFrom(Atlas atlas, List<Roadmap> roadmaps, List<Decision> decisions) {
        if (atlas == null || atlas.roadmaps().size() != roadmaps.size() || roadmaps.isEmpty()
                || !atlas.decisions().equals(decisions)) {
            return false;
        }
        for (int i = 0; i < roadmaps.size(); i++) {
            if (atlas.roadmaps().get(i) != roadmaps.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** "1" rather than "1.0"; any other score exactly as Java prints it, so it reads back to the same double. */
    private static String score(double s) {
        return s == 1.0 ? "1" : Double.toString(s);
    }

    private static Atlas decode(JsonNode m, List<Roadmap> roadmaps, List<Decision> decisions) {
        List<TopicId> vertex = new ArrayList<>();
        for (Roadmap r : roadmaps) {
            for (Topic t : r.topics()) {
                vertex.add(t.id());
            }
        }
        if (m.path("topics").asInt(-1) != vertex.size()) {
            throw new IllegalArgumentException("the cache is of other roadmaps");
        }
        List<Facet> facets = new ArrayList<>();
        for (JsonNode f : m.path("facets")) {
            String s = f.asText();
            int a = s.indexOf(' ');
            int b = s.indexOf(' ', a + 1);
            TopicId topic = vertex.get(Integer.parseInt(s.substring(0, a), 36));
            Facet facet = new Facet(new TopicId(topic.value() + s.substring(a + 1, b)), topic, s.substring(b + 1));
            facets.add(facet);
            vertex.add(facet.id());
        }
        List<String> reasons = new ArrayList<>();
        m.path("reasons").forEach(r -> reasons.add(r.asText()));
        List<Link> links = new ArrayList<>();
        for (String[] f : records(m.path("links").asText(""), 5)) {
            int kindOrigin = Integer.parseInt(f[2]);
            links.add(new Link(vertex.get(Integer.parseInt(f[0], 36)), vertex.get(Integer.parseInt(f[1], 36)),
                    LinkKind.values()[kindOrigin / 3], LinkOrigin.values()[kindOrigin % 3], Double.parseDouble(f[4]),
                    reasons.get(Integer.parseInt(f[3], 36))));
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (String[] f : records(m.path("suggestions").asText(""), 4)) {
            suggestions.add(new Suggestion(vertex.get(Integer.parseInt(f[0], 36)), vertex.get(Integer.parseInt(f[1], 36)),
                    Double.parseDouble(f[3]), reasons.get(Integer.parseInt(f[2], 36))));
        }
        Set<TopicId> organising = new HashSet<>();
        for (String n : m.path("organising").asText("").split(" ")) {
            if (!n.isEmpty()) {
                organising.add(vertex.get(Integer.parseInt(n, 36)));
            }
        }
        return new Atlas(roadmaps, facets, links, decisions, suggestions, organising);
    }

    /** "a,b,c;a,b,c;" as records of {@code fields} fields each. */
    private static List<String[]> records(String text, int fields) {
        List<String[]> out = new ArrayList<>();
        for (String rec : text.split(";")) {
            if (rec.isEmpty()) {
                continue;
            }
            String[] f = rec.split(",", -1);
            if (f.length != fields) {
                throw new IllegalArgumentException("a damaged record: " + rec);
            }
            out.add(f);
        }
        return out;
    }
}
