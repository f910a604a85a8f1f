package dev.crossmap.overlap;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Concept;
import dev.crossmap.model.Facet;
import dev.crossmap.model.Occurrence;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * All roadmaps as one: every concept once, every topic that is in no concept once as itself, each under the
 * item most of its occurrences are written under. A view of the atlas, never a copy: items name the real
 * topics by id, and notes and progress are read from the workspace through them (and written by {@code app.TopicActions}).
 *
 * <p>Where an item goes: each occurrence votes for the item its parent topic belongs to (or for the top,
 * if it is a top-level topic); the most votes win, a tie goes to the parent written first (roadmap order,
 * then source order), and a vote that would put an item inside itself passes to the next candidate. Items
 * under one parent come in the order of the occurrence that put them there. Built in one pass over the
 * topics with no recursion, so 100,000 topics at any depth take milliseconds.
 */
public final class MergedCurriculum {
    private final Atlas atlas;
    private final List<CurriculumItem> items;
    private final int[] parent;
    private final int[] childStart;
    private final int[] children;
    private final List<CurriculumItem> roots;
    /** Each topic's position in roadmap and source order, and the item it is shown in, by position. */
    private final Map<TopicId, Integer> ordinal;
    private final int[] homeOf;

    /**
     * One line of the curriculum read top to bottom.
     *
     * @param item  the item
     * @param depth 0 for a top-level item
     */
    public record Line(CurriculumItem item, int depth) {
    }

    private MergedCurriculum(Atlas atlas, List<CurriculumItem> items, Placement placement, int[] position,
                             Map<TopicId, Integer> ordinal, int[] homeOf) {
        this.atlas = atlas;
        this.items = Collections.unmodifiableList(items);
        this.ordinal = ordinal;
        this.homeOf = homeOf;
        int n = items.size();
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = placement.parent(i);
        }
        // Items in order of the occurrence that placed them: a counting sort over topic positions.
        int maxPosition = 0;
        for (int p : position) {
            maxPosition = Math.max(maxPosition, p);
        }
        int[] start = new int[maxPosition + 2];
        for (int p : position) {
            start[p + 1]++;
        }
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int[] ordered = new int[n];
        for (int i = 0; i < n; i++) {
            ordered[start[position[i]]++] = i;
        }
        childStart = new int[n + 1];
        int rootCount = 0;
        for (int i = 0; i < n; i++) {
            if (parent[i] == Placement.TOP) {
                rootCount++;
            } else {
                childStart[parent[i] + 1]++;
            }
        }
        for (int i = 1; i <= n; i++) {
            childStart[i] += childStart[i - 1];
        }
        children = new int[n - rootCount];
        int[] fill = childStart.clone();
        List<CurriculumItem> top = new ArrayList<>(rootCount);
        for (int i : ordered) {
            if (parent[i] == Placement.TOP) {
                top.add(items.get(i));
            } else {
                children[fill[parent[i]]++] = i;
            }
        }
        roots = Collections.unmodifiableList(top);
    }

    /** The merged curriculum of an atlas. */
    public static MergedCurriculum of(Atlas atlas) {
        List<Roadmap> roadmaps = atlas.roadmaps();
        int n = 0;
        for (Roadmap r : roadmaps) {
            n += r.size();
        }
        Topic[] topics = new Topic[n];
        int[] roadmapOf = new int[n];
        int[] parentAt = new int[n];
        Map<TopicId, Integer> ordinal = new HashMap<>(n * 2);
        int g = 0;
        for (int ri = 0; ri < roadmaps.size(); ri++) {
            for (Topic t : roadmaps.get(ri).topics()) {
                topics[g] = t;
                roadmapOf[g] = ri;
                // a roadmap lists parents before children, so the parent's position is already known
                parentAt[g] = t.parent() == null ? -1 : ordinal.get(t.parent());
                ordinal.put(t.id(), g++);
            }
        }
        List<Concept> concepts = atlas.concepts();
        // Each topic's home item: the first concept that holds it (as Atlas.conceptOf answers), or a lone item
        // of its own after all the concepts. memberAt[c] = the positions of concept c's topics, in order.
        int[] homeOf = new int[n];
        Arrays.fill(homeOf, -1);
        int[][] memberAt = new int[concepts.size()][];
        for (int ci = 0; ci < concepts.size(); ci++) {
            List<Occurrence> members = concepts.get(ci).members();
            int[] at = new int[members.size()];
            for (int k = 0; k < at.length; k++) {
                at[k] = ordinal.get(members.get(k).topic().id());
                if (homeOf[at[k]] < 0) {
                    homeOf[at[k]] = ci;
                }
            }
            Arrays.sort(at);
            memberAt[ci] = at;
        }
        int itemCount = concepts.size();
        // A label that only organises its roadmap ("Key Topics:", "Master", "Practice") or a table-of-contents
        // line is no item of the curriculum: what it holds goes up to the item it is written under.
        boolean[] dissolved = new boolean[n];
        for (int t = 0; t < n; t++) {
            if (homeOf[t] >= 0) {
                continue;
            }
            if (parentAt[t] >= 0 && atlas.onlyOrganises(topics[t].id())) {
                homeOf[t] = homeOf[parentAt[t]];
                dissolved[t] = true;
            } else {
                homeOf[t] = itemCount++;
            }
        }
        List<CurriculumItem> items = new ArrayList<>(itemCount);
        int[] position = new int[itemCount];
        Placement placement = new Placement(itemCount);
        List<CurriculumItem.Taught> alone = new ArrayList<>();
        for (Roadmap r : roadmaps) {
            alone.add(new CurriculumItem.Taught(r.name(), 1));
        }
        for (Concept c : concepts) {
            items.add(null); // filled below, after the lone topics have their places
        }
        // Lone topics first: their one vote is the outline itself, so they keep the shape of their roadmap.
        for (int t = 0; t < n; t++) {
            int item = homeOf[t];
            if (item < concepts.size() || dissolved[t]) {
                continue;
            }
            Topic topic = topics[t];
            items.add(new CurriculumItem(item, Atlas.plain(topic.label()), Optional.empty(), List.of(topic.id()),
                    List.of(alone.get(roadmapOf[t]))));
            int up = parentAt[t] < 0 ? Placement.TOP : homeOf[parentAt[t]];
            if (placement.fits(item, up)) {
                placement.place(item, up);
            }
            position[item] = t;
        }
        for (int ci = 0; ci < concepts.size(); ci++) {
            items.set(ci, conceptItem(ci, concepts.get(ci), memberAt[ci], topics, roadmapOf, roadmaps));
            place(ci, memberAt[ci], parentAt, homeOf, placement, position);
        }
        return new MergedCurriculum(atlas, items, placement, position, ordinal, homeOf);
    }

    /** Counts the votes of a concept's occurrences and takes the best parent that makes no cycle. */
    private static void place(int item, int[] memberAt, int[] parentAt, int[] homeOf, Placement placement,
                              int[] position) {
        // candidate item -> {votes, position of its first voter}; TOP is a candidate like any other
        Map<Integer, int[]> votes = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int t : memberAt) {
            int candidate = parentAt[t] < 0 ? Placement.TOP : homeOf[parentAt[t]];
            if (candidate == item) {
                continue; // written under another occurrence of itself: says nothing about where it belongs
            }
            int[] v = votes.get(candidate);
            if (v == null) {
                votes.put(candidate, new int[] {1, t});
                order.add(candidate);
            } else {
                v[0]++;
            }
        }
        order.sort((a, b) -> {
            int[] va = votes.get(a);
            int[] vb = votes.get(b);
            return va[0] != vb[0] ? Integer.compare(vb[0], va[0]) : Integer.compare(va[1], vb[1]);
        });
        for (int candidate : order) {
            if (placement.fits(item, candidate)) {
                placement.place(item, candidate);
                position[item] = votes.get(candidate)[1];
                return;
            }
        }
        position[item] = memberAt[0];
    }

    private static CurriculumItem conceptItem(int item, Concept c, int[] memberAt, Topic[] topics, int[] roadmapOf,
                                              List<Roadmap> roadmaps) {
        List<TopicId> ids = new ArrayList<>(memberAt.length);
        int[] perRoadmap = new int[roadmaps.size()];
        for (int t : memberAt) {
            ids.add(topics[t].id());
            perRoadmap[roadmapOf[t]]++;
        }
        List<CurriculumItem.Taught> taught = new ArrayList<>();
        for (int i = 0; i < perRoadmap.length; i++) {
            if (perRoadmap[i] > 0) {
                taught.add(new CurriculumItem.Taught(roadmaps.get(i).name(), perRoadmap[i]));
            }
        }
        return new CurriculumItem(item, ConceptLabel.of(c), Optional.of(c), ids, taught);
    }

    /** Every item: the concepts first (largest first), then the lone topics in roadmap and source order. */
    public List<CurriculumItem> items() {
        return items;
    }

    /** Number of items. */
    public int size() {
        return items.size();
    }

    /** The top-level items, in order. */
    public List<CurriculumItem> roots() {
        return roots;
    }

    /** The items under one item, in order. */
    public List<CurriculumItem> children(CurriculumItem item) {
        int i = item.index();
        List<CurriculumItem> out = new ArrayList<>(childStart[i + 1] - childStart[i]);
        for (int k = childStart[i]; k < childStart[i + 1]; k++) {
            out.add(items.get(children[k]));
        }
        return out;
    }

    /** The item one item is placed under; empty for a top-level item. */
    public Optional<CurriculumItem> parent(CurriculumItem item) {
        int p = parent[item.index()];
        return p == Placement.TOP ? Optional.empty() : Optional.of(items.get(p));
    }

    /** The item where a topic (or a part of a compound topic) is shown. */
    public Optional<CurriculumItem> itemOf(TopicId vertex) {
        Integer t = ordinal.get(vertex);
        if (t == null) {
            t = atlas.facet(vertex).map(Facet::topic).map(ordinal::get).orElse(null);
        }
        return t == null ? Optional.empty() : Optional.of(items.get(homeOf[t]));
    }

    /** The whole curriculum top to bottom, each item after its parent (depth first, without recursion). */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>(items.size());
        int[] stack = new int[items.size()];
        int[] depth = new int[items.size()];
        int top = 0;
        for (int r = roots.size() - 1; r >= 0; r--) {
            stack[top] = roots.get(r).index();
            depth[top++] = 0;
        }
        while (top > 0) {
            int i = stack[--top];
            int d = depth[top];
            out.add(new Line(items.get(i), d));
            for (int k = childStart[i + 1] - 1; k >= childStart[i]; k--) {
                stack[top] = children[k];
                depth[top++] = d + 1;
            }
        }
        return out;
    }

    /** The notes, progress and tags of all of an item's topics, as {@code annotations} (the workspace's) hold them now. */
    public Gathered gather(CurriculumItem item, Function<TopicId, Annotation> annotations) {
        Progress furthest = Progress.NOT_STARTED;
        List<Gathered.Note> notes = new ArrayList<>();
        TreeSet<String> tags = new TreeSet<>();
        for (TopicId id : item.topics()) {
            Annotation a = annotations.apply(id);
            if (rank(a.progress()) > rank(furthest)) {
                furthest = a.progress();
            }
            if (!a.note().isBlank()) {
                notes.add(new Gathered.Note(id, atlas.roadmapOf(id).map(Roadmap::name).orElse(""), a.note()));
            }
            tags.addAll(a.tags());
        }
        return new Gathered(furthest, notes, tags);
    }

    /** How many items are at each status, the whole curriculum over (every status present, 0 if none). */
    public Map<Progress, Integer> progress(Function<TopicId, Annotation> annotations) {
        Map<Progress, Integer> out = new EnumMap<>(Progress.class);
        for (Progress p : Progress.values()) {
            out.put(p, 0);
        }
        for (CurriculumItem item : items) {
            out.merge(gather(item, annotations).progress(), 1, Integer::sum);
        }
        return out;
    }

    private static int rank(Progress p) {
        return switch (p) {
            case NOT_STARTED -> 0;
            case SKIPPED -> 1;
            case LEARNING -> 2;
            case DONE -> 3;
        };
    }
}
