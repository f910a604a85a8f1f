package dev.crossmap.model;

import dev.crossmap.work.Shared;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The atlas: every topic of every loaded roadmap in one JGraphT graph. Vertices are immutable
 * {@link TopicId}s (topics, and the {@link Facet}s of compound topics); edges are {@link Link}s: CHILD for
 * the outline, SAME_AS and RELATED for what matching found or the user decided. A {@link Concept} is a
 * connected component of the SAME_AS edges alone. Immutable: re-matching or curating makes a new atlas.
 * Callers get read-only views of the graph; mutable user data (notes, progress) lives beside it, by id.
 */
public final class Atlas {
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|&nbsp;|:contentReference\\[[^]]*]\\{[^}]*}");
    private static final Pattern HOURS = Pattern.compile("\\(\\s*\\d+(?:[.,]\\d+)?\\s*h(?:ours?)?\\s*\\)");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)|[.:]+$");

    private final List<Roadmap> roadmaps;
    /** Every topic of every roadmap by id, as positions in the roadmaps' topics laid end to end. */
    private final TopicIds topicIds;
    private final Map<TopicId, Facet> facets;
    private final List<Decision> decisions;
    private final List<Suggestion> suggestions;
    private final Set<TopicId> organising;
    /**
     * The SAME_AS and RELATED links and the vertices they touch. The outline's CHILD links are the roadmaps' own
     * (each topic knows its parent); they join this in {@link #graph()}, made when asked for: at 100,000 topics
     * a graph vertex and edge per topic cost ~20 MB and ~0.2 s of every match that nothing but that view needs.
     */
    private final Graph<TopicId, Link> graph;
    /** The whole graph, outline included, made on first use. */
    private Graph<TopicId, Link> whole;
    private final Map<TopicId, String> givenNames;
    // Computed on first use; the atlas is immutable, so once is enough.
    private List<Concept> concepts;
    /** Facets numbered after the topics (topic positions come first), for arrays over every vertex. */
    private Map<TopicId, Integer> facetOrder;
    /** The concept of each vertex by its {@link #order}: an array, not a map entry per vertex of a concept. */
    private Concept[] conceptAt;

    /**
     * @param roadmaps  the roadmaps, in the order the user loaded them
     * @param facets    the parts of compound topics, each a vertex of its own
     * @param links     SAME_AS and RELATED links (CHILD links come from the roadmaps themselves)
     * @param decisions the user's curation, kept so it can be saved and applied again
     */
    public Atlas(List<Roadmap> roadmaps, List<Facet> facets, List<Link> links, List<Decision> decisions) {
        this(roadmaps, facets, links, decisions, List.of());
    }

    /**
     * An atlas with suggestions: pairs matching scored just below joining them, for the user to confirm or reject.
     */
    public Atlas(List<Roadmap> roadmaps, List<Facet> facets, List<Link> links, List<Decision> decisions,
                 List<Suggestion> suggestions) {
        this(roadmaps, facets, links, decisions, suggestions, Set.of());
    }

    /**
     * An atlas that also knows which topics only organise their roadmap ("Key Topics:", "Practice", a
     * table-of-contents line): as matching read them, with the user's vocabulary.
     */
    public Atlas(List<Roadmap> roadmaps, List<Facet> facets, List<Link> links, List<Decision> decisions,
                 List<Suggestion> suggestions, Set<TopicId> organising) {
        this.facets = new LinkedHashMap<>();
        this.graph = new AtlasGraph();
        this.givenNames = Map.of();
        this.suggestions = List.copyOf(suggestions);
        this.organising = Set.copyOf(organising);
        this.roadmaps = List.copyOf(roadmaps);
        this.decisions = List.copyOf(decisions);
        this.topicIds = new TopicIds(this.roadmaps);
        for (Facet f : facets) {
            if (topicIds.roadmap(f.topic()) < 0) {
                throw new IllegalArgumentException("facet " + f.id() + " belongs to no topic of the atlas");
            }
            this.facets.put(f.id(), f);
        }
        for (Link l : links) {
            if (l.kind() == LinkKind.CHILD) {
                throw new IllegalArgumentException("the outline comes from the roadmaps, not from links");
            }
            if (isVertex(l.source()) && isVertex(l.target())) {
                graph.addVertex(l.source());
                graph.addVertex(l.target());
                graph.addEdge(l.source(), l.target(), l);
            }
        }
    }

    /** A topic of one of the roadmaps, or a facet of one. */
    private boolean isVertex(TopicId v) {
        return topicIds.position(v) >= 0 || facets.containsKey(v);
    }

    /** An atlas of the outline alone: no matching yet. */
    public static Atlas of(List<Roadmap> roadmaps) {
        return new Atlas(roadmaps, List.of(), List.of(), List.of());
    }

    public List<Roadmap> roadmaps() {
        return roadmaps;
    }

    /** Pairs scored just below joining them, best first, none already in one concept or rejected by the user. */
    public List<Suggestion> suggestions() {
        return suggestions;
    }

    /**
     * Whether a topic under another only organises its roadmap and names nothing to learn ("Key Topics:",
     * "Practice", a table-of-contents line); false for every topic of an atlas that was not matched.
     */
    public boolean onlyOrganises(TopicId topic) {
        return organising.contains(topic);
    }

    /** The user's decisions this atlas was matched with. */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * The whole graph, read-only: every topic and facet, the outline's CHILD links (parent to child) and the
     * SAME_AS and RELATED links, in that order.
     */
    public synchronized Graph<TopicId, Link> graph() {
        if (whole == null) {
            Graph<TopicId, Link> g = new AtlasGraph();
            for (Roadmap r : roadmaps) {
                for (Topic t : r.topics()) {
                    g.addVertex(t.id());
                }
            }
            for (Roadmap r : roadmaps) {
                for (Topic t : r.topics()) {
                    t.parentId().ifPresent(p -> g.addEdge(p, t.id(), Link.child(p, t.id())));
                }
            }
            facets.keySet().forEach(g::addVertex);
            for (Link l : graph.edgeSet()) {
                g.addEdge(l.source(), l.target(), l);
            }
            whole = new AsUnmodifiableGraph<>(g);
        }
        return whole;
    }

    /** The same graph with only the SAME_AS edges, read-only: its connected components are the concepts. */
    public Graph<TopicId, Link> sameAsView() {
        return new AsUnmodifiableGraph<>(new MaskSubgraph<>(graph(), v -> false, e -> e.kind() != LinkKind.SAME_AS));
    }

    /** Every facet of a compound topic. */
    public List<Facet> facets() {
        return List.copyOf(facets.values());
    }

    /** Every SAME_AS or RELATED link, in the order they were made. */
    public List<Link> links() {
        List<Link> out = new ArrayList<>();
        out.addAll(graph.edgeSet());
        return out;
    }

    /** The topic behind a vertex: the topic itself, or the compound topic a facet is part of. */
    public Optional<Topic> topic(TopicId vertex) {
        return Optional.ofNullable(topicIds.topic(owner(vertex)));
    }

    /** The facet with this id, if the vertex is one. */
    public Optional<Facet> facet(TopicId vertex) {
        return Optional.ofNullable(facets.get(vertex));
    }

    /** The roadmap a vertex comes from. */
    public Optional<Roadmap> roadmapOf(TopicId vertex) {
        int r = topicIds.roadmap(owner(vertex));
        return r < 0 ? Optional.empty() : Optional.of(roadmaps.get(r));
    }

    private TopicId owner(TopicId vertex) {
        Facet f = facets.get(vertex);
        return f == null ? vertex : f.topic();
    }

    /** Where a vertex is written: roadmap, line, label and the path of its ancestors. */
    public Optional<Occurrence> occurrence(TopicId vertex) {
        TopicId id = owner(vertex);
        int index = topicIds.roadmap(id);
        if (index < 0) {
            return Optional.empty();
        }
        Roadmap r = roadmaps.get(index);
        Topic t = topicIds.topic(id);
        return Optional.of(new Occurrence(vertex, r.name(), t, plain(t.label()), path(r, t)));
    }

    /**
     * The ancestors' labels, outermost first. The document's title is left out, as a reader would: a
     * top-level topic that is the roadmap's title or a level-1 Markdown heading ("# …") names the whole file.
     */
    private static List<String> path(Roadmap r, Topic t) {
        List<String> labels = r.path(t.id());
        List<String> out = new ArrayList<>(labels.size());
        Topic root = t;
        while (root.parent() != null) {
            root = r.topic(root.parent()).orElse(root);
            if (root.parent() == null) {
                break;
            }
        }
        boolean skipRoot = root != t && (root.label().equals(r.title()) || root.sourceText().startsWith("# "));
        for (int i = skipRoot ? 1 : 0; i < labels.size(); i++) {
            out.add(plain(labels.get(i)));
        }
        return out;
    }

    /** A label without Markdown emphasis, code ticks or hour estimates, for showing to a reader. */
    public static String plain(String label) {
        if (alreadyPlain(label)) {
            return label; // most labels: no regex run for each of 100,000 topics
        }
        // A no-break space is a space to a reader, and "(6\u00A0h)" is an hour estimate all the same.
        String s = MARKUP.matcher(label.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')).replaceAll("");
        s = HOURS.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.equals(label) ? label : s; // the label itself when unchanged: occurrences and paths share it
    }

    /** No markup, hour estimate ("(…"), odd space, or space to collapse or strip: {@link #plain} would keep it. */
    private static boolean alreadyPlain(String label) {
        int n = label.length();
        if (n == 0 || label.charAt(0) == ' ' || label.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char before = 'x';
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '&' || c == ':' || c == '(' || c == ' ' && before == ' '
                    || c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
            before = c;
        }
        return true;
    }

    /** The same atlas with other concept names; shares the graph, which neither ever changes. */
    private Atlas(Atlas base, Map<TopicId, String> names) {
        this.roadmaps = base.roadmaps;
        this.topicIds = base.topicIds;
        this.facets = base.facets;
        this.decisions = base.decisions;
        this.suggestions = base.suggestions;
        this.organising = base.organising;
        this.graph = base.graph;
        this.givenNames = Map.copyOf(names);
    }

    /**
     * This atlas with some concepts named as the user renamed them, keyed by any of their topics; a concept
     * none of whose topics is named keeps the label the matcher gave it. This atlas is left as it was.
     */
    public Atlas withConceptNames(Map<TopicId, String> names) {
        // The same names: this atlas, whose concepts may be computed already (a re-match names them on its thread).
        return names.equals(givenNames) ? this : new Atlas(this, names);
    }

    /** The concepts written in two or more places, largest first, then by label. */
    public synchronized List<Concept> concepts() {
        if (concepts == null) {
            facetOrder = new HashMap<>();
            int i = topicIds.size();
            for (TopicId f : facets.keySet()) {
                facetOrder.put(f, i++);
            }
            computeConcepts();
        }
        return concepts;
    }

    /** The concept a vertex belongs to, if it is written in two or more places. */
    public synchronized Optional<Concept> conceptOf(TopicId vertex) {
        concepts();
        int g = topicIds.position(vertex);
        Integer f = g >= 0 ? null : facetOrder.get(vertex);
        return g < 0 && f == null ? Optional.empty() : Optional.ofNullable(conceptAt[g >= 0 ? g : f]);
    }

    /** RELATED links that touch any vertex of the concept, except those inside it. */
    public List<Link> related(Concept concept) {
        Set<TopicId> inside = new java.util.HashSet<>();
        for (Occurrence o : concept.members()) {
            inside.add(o.vertex());
        }
        List<Link> out = new ArrayList<>();
        for (Occurrence o : concept.members()) {
            for (Link l : graph.containsVertex(o.vertex()) ? graph.edgesOf(o.vertex()) : Set.<Link>of()) {
                if (l.kind() == LinkKind.RELATED && !inside.contains(l.other(o.vertex()))
                        && !facetOf(l.other(o.vertex()), o.vertex())) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private boolean facetOf(TopicId a, TopicId b) {
        return owner(a).equals(owner(b));
    }

    /**
     * The components of the SAME_AS links alone, found from those links (union–find over the vertices they
     * touch) rather than by a pass over every vertex of the graph: at 100,000 topics most vertices have none.
     * A component's vertices are taken in the graph's vertex order (topics roadmap by roadmap, then facets),
     * its links in the order they were made; components come in the order of their first vertex.
     * Sets {@link #concepts} and {@link #conceptAt}. A component is walked by vertex number: only a link's two ends
     * and a facet's topic are looked up by id (at 100,000 topics, lookups by id were half of this).
     */
    private void computeConcepts() {
        int topicCount = topicIds.size();
        List<TopicId> facetIds = new ArrayList<>(facets.keySet());
        int[] up = new int[topicCount + facetIds.size()];
        java.util.Arrays.fill(up, -1); // -1: no SAME_AS link touches the vertex
        List<Link> sameAs = new ArrayList<>();
        int[] sourceOf = new int[16]; // each SAME_AS link's source vertex, by the link's place in sameAs
        for (Link l : graph.edgeSet()) {
            if (l.kind() == LinkKind.SAME_AS) {
                int a = order(l.source());
                int b = order(l.target());
                if (sameAs.size() == sourceOf.length) {
                    sourceOf = java.util.Arrays.copyOf(sourceOf, sourceOf.length * 2);
                }
                sourceOf[sameAs.size()] = a;
                sameAs.add(l);
                if (up[a] < 0) {
                    up[a] = a;
                }
                if (up[b] < 0) {
                    up[b] = b;
                }
                int ra = root(up, a);
                int rb = root(up, b);
                if (ra != rb) {
                    up[Math.max(ra, rb)] = Math.min(ra, rb); // the smaller position is the root: the first vertex
                }
            }
        }
        // Each component's vertices in vertex order, as one linked list per root, then its links.
        int[] first = new int[up.length];
        int[] next = new int[up.length];
        int[] last = new int[up.length];
        java.util.Arrays.fill(first, -1);
        List<Integer> roots = new ArrayList<>();
        for (int g = 0; g < up.length; g++) {
            if (up[g] < 0) {
                continue;
            }
            int r = root(up, g);
            next[g] = -1;
            if (first[r] < 0) {
                first[r] = g;
                roots.add(r);
            } else {
                next[last[r]] = g;
            }
            last[r] = g;
        }
        Map<Integer, List<Link>> linksOf = new HashMap<>();
        for (int k = 0; k < sameAs.size(); k++) {
            linksOf.computeIfAbsent(root(up, sourceOf[k]), x -> new ArrayList<>()).add(sameAs.get(k));
        }
        // Each component gathered on its own, on two cores for a big atlas (each thread with its own marks and
        // paths); the results go to slots by component, so the order below is the same either way.
        int[] rootAt = new int[roots.size()];
        for (int k = 0; k < rootAt.length; k++) {
            rootAt[k] = roots.get(k);
        }
        Gathered[] found = new Gathered[rootAt.length];
        Shared.forEach(rootAt.length, new Gatherer(facetIds, first, next, linksOf), () -> new Gatherer(facetIds, first, next, linksOf),
                (gatherer, k) -> found[k] = gatherer.gather(rootAt[k]));
        List<Gathered> out = new ArrayList<>(found.length);
        for (Gathered g : found) {
            if (g != null) {
                out.add(g);
            }
        }
        Comparator<Concept> largestFirst = Comparator.comparingInt(Concept::size).reversed().thenComparing(Concept::label);
        out.sort((a, b) -> largestFirst.compare(a.concept, b.concept));
        // Each vertex's concept: the first, in that order, that holds the vertex or a member owning it (a topic may
        // be one concept's member through a facet and another's through itself).
        Concept[] index = new Concept[up.length];
        List<Concept> sorted = new ArrayList<>(out.size());
        for (Gathered c : out) {
            sorted.add(c.concept);
            for (int g = first[c.root]; g >= 0; g = next[g]) {
                if (index[g] == null) {
                    index[g] = c.concept;
                }
            }
            for (int p : c.owners) {
                if (index[p] == null) {
                    index[p] = c.concept;
                }
            }
        }
        concepts = Collections.unmodifiableList(sorted);
        conceptAt = index;
    }

    /** Gathers concepts from components, on one thread: its marks and the paths it has made are its own. */
    private final class Gatherer {
        private final List<TopicId> facetIds;
        private final int[] first;
        private final int[] next;
        private final Map<Integer, List<Link>> linksOf;
        private final Map<TopicId, List<String>> paths = new HashMap<>(); // by parent: siblings share their path
        /**
         * A topic's occurrence in the concept being gathered, by topic position: its index in the members when
         * inConcept holds that concept's root + 1 (a topic and its facets are one occurrence). No map per concept.
         * Made at the first component (a helper that gets none never makes them).
         */
        private int[] inConcept;
        private int[] memberIndex;

        Gatherer(List<TopicId> facetIds, int[] first, int[] next, Map<Integer, List<Link>> linksOf) {
            this.facetIds = facetIds;
            this.first = first;
            this.next = next;
            this.linksOf = linksOf;
        }

        /** The concept of the component with this root, or null when it is written in one place only. */
        Gathered gather(int r) {
            int topicCount = topicIds.size();
            if (inConcept == null) {
                inConcept = new int[topicCount];
                memberIndex = new int[topicCount];
            }
            List<Member> members = new ArrayList<>();
            Map<String, Integer> names = new HashMap<>();
            for (int g = first[r]; g >= 0; g = next[g]) {
                // A vertex numbered below topicCount is a topic (order() numbers topics first); the rest are facets.
                TopicId v = g < topicCount ? topicIds.at(g) : facetIds.get(g - topicCount);
                Facet f = g < topicCount ? null : facets.get(v);
                int p = f == null ? g : topicIds.position(f.topic());
                Member m;
                if (inConcept[p] == r + 1) {
                    m = members.get(memberIndex[p]);
                } else {
                    m = new Member(occurrenceAt(v, p, paths), topicIds.roadmapAt(p), p);
                    inConcept[p] = r + 1;
                    memberIndex[p] = members.size();
                    members.add(m);
                }
                String name = conceptName(f == null ? m.occurrence().label() : f.label());
                names.merge((name.isEmpty() ? m.occurrence().label() : name).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
            if (members.size() < 2) {
                return null;
            }
            members.sort(Member.IN_READING_ORDER);
            List<Occurrence> occurrences = new ArrayList<>(members.size());
            int[] owners = new int[members.size()];
            for (int k = 0; k < members.size(); k++) {
                occurrences.add(members.get(k).occurrence());
                owners[k] = members.get(k).position();
            }
            return new Gathered(new Concept(givenName(occurrences).orElse(commonest(names)), occurrences, linksOf.get(r)),
                    r, owners);
        }
    }

    /**
     * A concept being gathered: one occurrence, with its roadmap and position for sorting in reading order (a record:
     * never hashed, so the client compiler's slow record hashCode does not matter).
     */
    private record Member(Occurrence occurrence, int roadmap, int position) {
        static final Comparator<Member> IN_READING_ORDER = Comparator.comparingInt(Member::roadmap)
                .thenComparingInt(m -> m.occurrence.line()).thenComparingInt(Member::position);
    }

    /** A concept found, with its component's root and its members' topic positions, for the index by vertex. */
    private record Gathered(Concept concept, int root, int[] owners) {
    }

    /** A vertex's number: a topic's position, or a facet's number after every topic. */
    private int order(TopicId vertex) {
        int g = topicIds.position(vertex);
        return g >= 0 ? g : facetOrder.get(vertex);
    }

    private static int root(int[] up, int g) {
        int r = g;
        while (up[r] != r) {
            r = up[r];
        }
        while (up[g] != r) { // halve the next walk
            int n = up[g];
            up[g] = r;
            g = n;
        }
        return r;
    }

    /**
     * {@link #occurrence(TopicId)} of a vertex whose topic is at this position, with the ancestors' path shared
     * between siblings.
     */
    private Occurrence occurrenceAt(TopicId vertex, int position, Map<TopicId, List<String>> paths) {
        Roadmap r = roadmaps.get(topicIds.roadmapAt(position));
        Topic t = topicIds.topicAt(position);
        List<String> path = t.parent() == null ? List.of() : paths.get(t.parent());
        if (path == null) { // not computeIfAbsent: its lambda, holding r and t, would be made for every occurrence
            path = List.copyOf(path(r, t));
            paths.put(t.parent(), path);
        }
        return new Occurrence(vertex, r.name(), t, plain(t.label()), path);
    }

    /** A label as a concept's name: asides in parentheses and a closing "." or ":" left out, spaces collapsed. */
    private static String conceptName(String label) {
        boolean plain = label.indexOf('(') < 0 && !label.endsWith(".") && !label.endsWith(":");
        for (int i = 0; plain && i < label.length(); i++) {
            char c = label.charAt(i);
            plain = c == ' ' ? i > 0 && i < label.length() - 1 && label.charAt(i - 1) != ' ' : !Character.isWhitespace(c);
        }
        return plain ? label : ASIDE.matcher(label).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private Optional<String> givenName(List<Occurrence> members) {
        for (Occurrence o : members) {
            String name = givenNames.getOrDefault(o.vertex(), givenNames.get(o.topic().id()));
            if (name != null && !name.isBlank()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The name written most often; of those, the shortest; of those, the first in alphabetical order ("" for none). */
    private static String commonest(Map<String, Integer> names) {
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            String name = e.getKey();
            int count = e.getValue();
            if (count > bestCount || count == bestCount && (name.length() < best.length()
                    || name.length() == best.length() && name.compareTo(best) < 0)) {
                best = name;
                bestCount = count;
            }
        }
        return best;
    }
}
