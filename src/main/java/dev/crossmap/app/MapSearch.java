package dev.crossmap.app;

import dev.crossmap.document.Workspace;
import dev.crossmap.model.Annotation;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.overlap.CurriculumItem;
import dev.crossmap.overlap.Gathered;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The map's search: the topics whose label, note or tags (the author's or the learner's) contain the typed
 * text, ignoring case, in map order (roadmap by roadmap, in source order), with a position the user steps
 * through ("3 of 17"). Each match says where the text is in its label, for highlighting.
 */
public final class MapSearch {
    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of a label. */
    public record Range(int start, int end) {
    }

    /** A topic that matches, and where the text is in its label (empty when it matched by note or tag). */
    public record Match(TopicId topic, List<Range> inLabel) {
    }

    private final String query;
    private final List<Match> matches;
    private int index = -1;
    /** Topics that match in the roadmaps the filter hides (the count says so; stepping skips them). */
    private int hidden;

    private MapSearch(String query, List<Match> matches) {
        this.query = query;
        this.matches = List.copyOf(matches);
    }

    /** No search (an empty field). */
    public static MapSearch none() {
        return new MapSearch("", List.of());
    }

    /** Searches the roadmaps shown, with the notes and tags the workspace holds for their topics. */
    public static MapSearch in(String text, Collection<Roadmap> shown, Workspace ws) {
        String q = normalise(text);
        if (q.isEmpty()) {
            return none();
        }
        List<Match> out = new ArrayList<>();
        for (Roadmap r : shown) {
            for (Topic t : r.topics()) {
                Annotation a = ws.annotation(t.id());
                List<Range> inLabel = ranges(t.label(), q);
                if (!inLabel.isEmpty() || has(a.note(), q) || any(a.tags(), q) || writtenOn(t, q)) {
                    out.add(new Match(t.id(), inLabel));
                }
            }
        }
        return new MapSearch(q, out);
    }

    /**
     * Searches the roadmaps shown, and counts the matches in the rest of {@code all}, which the filter hides: the filter is the user's
     * choice, so the search keeps to it, but "no match" must not hide that the text is in a hidden roadmap.
     */
    public static MapSearch in(String text, Collection<Roadmap> shown, Collection<Roadmap> all, Workspace ws) {
        MapSearch s = in(text, shown, ws);
        List<Roadmap> hidden = all.stream().filter(r -> !shown.contains(r)).toList();
        s.hidden = hidden.isEmpty() ? 0 : in(text, hidden, ws).size();
        return s;
    }

    /**
     * Searches the merged map: an item matches by its label, by what was written on any of its topics (notes and
     * tags, the author's or the learner's).
     */
    public static MapSearch in(String text, MergedMap merged, Workspace ws) {
        String q = normalise(text);
        if (q.isEmpty()) {
            return none();
        }
        List<Match> out = new ArrayList<>();
        for (Roadmap r : merged.roadmaps()) {
            for (Topic t : r.topics()) {
                CurriculumItem item = merged.item(t.id()).orElseThrow();
                Gathered gathered = merged.curriculum().gather(item, ws::annotation);
                List<Range> inLabel = ranges(t.label(), q);
                if (!inLabel.isEmpty() || gathered.notes().stream().anyMatch(n -> has(n.text(), q)) || any(gathered.tags(), q)
                        || item.topics().stream().flatMap(id -> ws.topic(id).stream()).anyMatch(l -> writtenOn(l.topic(), q))) {
                    out.add(new Match(t.id(), inLabel));
                }
            }
        }
        return new MapSearch(q, out);
    }

    /** The text searched for, stripped and lower-cased; "" for no search. */
    public String query() {
        return query;
    }

    public List<Match> matches() {
        return matches;
    }

    /** The matching topics, for highlighting them all. */
    public Set<TopicId> topics() {
        Set<TopicId> out = new LinkedHashSet<>();
        matches.forEach(m -> out.add(m.topic()));
        return out;
    }

    public int size() {
        return matches.size();
    }

    /** The next match (wrapping round), or the previous with a negative direction; empty when nothing matches. */
    public Optional<TopicId> step(int direction) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        // before the first step, backwards is the last match (not the one before it)
        index = index < 0 && direction < 0 ? matches.size() - 1 : Math.floorMod(index + (direction < 0 ? -1 : 1), matches.size());
        return Optional.of(matches.get(index).topic());
    }

    public Optional<TopicId> next() {
        return step(1);
    }

    public Optional<TopicId> previous() {
        return step(-1);
    }

    /** The match the user stepped to; empty before the first step. */
    public Optional<Match> current() {
        return index < 0 ? Optional.empty() : Optional.of(matches.get(index));
    }

    /**
     * Makes {@code topic} the match stepped to, if it is one (a search run again on a changed map keeps its
     * place); false if it is not a match.
     */
    public boolean stepTo(TopicId topic) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).topic().equals(topic)) {
                index = i;
                return true;
            }
        }
        return false;
    }

    /** Matches in the roadmaps the filter hides. */
    public int hiddenCount() {
        return hidden;
    }

    /** 1 for the first match the user stepped to; 0 before the first step. */
    public int position() {
        return index + 1;
    }

    /**
     * What the count beside the field says: "", "no match", "17 matches" or, once stepping, "3 of 17"; followed
     * by " · 4 hidden" when roadmaps the filter hides hold 4 more (short: the field beside it must keep its width).
     */
    public String countText() {
        if (query.isEmpty()) {
            return "";
        }
        String more = hidden > 0 ? " \u00b7 " + hidden + " hidden" : "";
        if (matches.isEmpty()) {
            return "no match" + more;
        }
        if (index >= 0) {
            return (index + 1) + " of " + matches.size() + more;
        }
        return matches.size() + (matches.size() == 1 ? " match" : " matches") + more;
    }

    /** Where {@code q} (lower case) is in {@code label}, ignoring case; overlapping finds are not repeated. */
    static List<Range> ranges(String label, String q) {
        List<Range> out = new ArrayList<>();
        int n = q.length();
        for (int i = 0; i + n <= label.length(); i++) {
            if (label.regionMatches(true, i, q, 0, n)) {
                out.add(new Range(i, i + n));
                i += n - 1;
            }
        }
        if (out.isEmpty() && has(label, q)) {
            // case mapping that changes length (rare scripts): the label matches, but no range can be told
            out.add(new Range(0, label.length()));
        }
        return out;
    }

    /** The author's note or tags on the topic contain {@code q}. */
    private static boolean writtenOn(Topic t, String q) {
        return has(t.note(), q) || any(t.meta().tags(), q);
    }

    private static boolean has(String text, String q) {
        return text.toLowerCase(Locale.ROOT).contains(q);
    }

    private static boolean any(Collection<String> tags, String q) {
        return tags.stream().anyMatch(tag -> has(tag, q));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
