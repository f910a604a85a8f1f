package dev.crossmap.matching;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Decision;
import dev.crossmap.model.Facet;
import dev.crossmap.model.IdIndex;
import dev.crossmap.model.Link;
import dev.crossmap.model.LinkKind;
import dev.crossmap.model.LinkOrigin;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Suggestion;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where roadmaps name the same concept and builds the {@link Atlas}. The {@link AtlasReader} reads every
 * topic into the terms it names (its whole label and its parts); terms with the same concept key are the same
 * concept (homonyms only when their ancestors share a word that is not common in the atlas); keys that differ
 * only in light words are the same concept from {@link MatchSettings#sameThreshold()}, pairs a little below it
 * are {@link dev.crossmap.model.Suggestion suggestions}, and a key inside a longer one is a narrower, RELATED
 * concept, never the same. Word weights are inverse document frequencies over
 * the atlas, so rare words count more. Candidate pairs come from a {@link CandidateIndex} over rare stems,
 * never from comparing all pairs. The user's {@link Decision}s are applied on every run: confirmed and added
 * links stay, rejected pairs are never linked again and never end up in one concept.
 *
 * <p>A compound topic ("Transactions &amp; isolation levels") gets one {@link Facet} vertex per part;
 * each part joins its own concept, so the topic occurs in both while concepts stay connected components.
 */
public final class Matcher {
    /** A key inside a longer one is RELATED when it carries at least this share of the longer one's weight. */
    static final double RELATED_THRESHOLD = 0.3;

    private final WordForms forms = new WordForms();
    private final MatchSettings settings;
    private final Vocabulary vocabulary;
    private final Normaliser normaliser;

    /** Whether a match may read labels on a second core now ({@link #shareCores(boolean)}). */
    private volatile boolean shareCores = true;

    /** Changes whenever matching reads the same roadmaps differently: a match saved by another version is not reused. */
    public static final int VERSION = 1;

    /** A matcher with the settings the app uses. */
    public Matcher() {
        this(MatchSettings.DEFAULT);
    }

    /** A matcher with these thresholds and vocabulary (shipped entries, minus held-out folds, plus the user's). */
    public Matcher(MatchSettings settings) {
        this.settings = settings;
        this.vocabulary = Vocabulary.standard(forms, settings.heldOutFolds(), settings.userVocabulary());
        this.normaliser = new Normaliser(forms, vocabulary);
    }

    /** One vertex that can match: a topic's whole label or one part of it. */
    record Entry(int index, TopicId vertex, Topic topic, Roadmap roadmap, Term term) {
    }

    /** A link the matcher would make, before decisions are applied. */
    private record Candidate(Entry a, Entry b, LinkKind kind, double score, String reason) {
    }

    /** Matches roadmaps with no decisions yet. */
    public Atlas match(List<Roadmap> roadmaps) {
        return match(roadmaps, List.of());
    }

    /**
     * The atlas as its user curated it: the roadmaps matched with the user's decisions, the concepts carrying
     * the names the user gave them (keyed by a topic of the concept).
     */
    public Atlas match(List<Roadmap> roadmaps, List<Decision> decisions, Map<TopicId, String> conceptNames) {
        return match(roadmaps, decisions).withConceptNames(conceptNames);
    }

    /**
     * Matches roadmaps, applying the user's decisions. Synchronized like every method that reads labels: the
     * stemmer and the atlas-wide lexicon are state, so one matcher reads one thing at a time.
     */
    public synchronized Atlas match(List<Roadmap> roadmaps, List<Decision> decisions) {
        List<Facet> facets = new ArrayList<>();
        AtlasReader reader = new AtlasReader(forms, normaliser, vocabulary, settings, () -> shareCores);
        List<Entry> entries = reader.read(roadmaps, facets);
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        Map<String, int[]> stemFrequency = new HashMap<>(); // a counter per stem, not an Integer per count
        for (Entry e : entries) {
            byKey.computeIfAbsent(e.term().key(), k -> new ArrayList<>(2)).add(e); // most keys: one entry
            List<String> stems = e.term().stems();
            for (int i = 0; i < stems.size(); i++) {
                stemFrequency.computeIfAbsent(stems.get(i), k -> new int[1])[0]++;
            }
        }
        // A word in more than a few per cent of the lines ("python" in Python roadmaps) says nothing about where
        // a homonym is: it is everywhere.
        int contextLimit = Math.max(3, entries.size() / 100);
        commonContext = st -> {
            int[] n = stemFrequency.get(st);
            return n != null && n[0] > contextLimit;
        };
        CandidateIndex index = new CandidateIndex(entries, byKey.keySet());
        List<Candidate> same = new ArrayList<>();
        List<Candidate> related = new ArrayList<>();
        List<Candidate> suggested = new ArrayList<>();
        Set<Pair> rejected = pairs(decisions, Decision.Action.REJECT);
        Map<String, List<Entry>> clustersByKey = new HashMap<>();
        int step = 0;
        for (Map.Entry<String, List<Entry>> g : byKey.entrySet()) {
            stopIfCancelled(++step);
            List<List<Entry>> clusters = homonymClusters(g.getValue());
            clustersByKey.put(g.getKey(), clusters.get(0));
            for (int i = 0; i < clusters.size(); i++) {
                sameKeyLinks(clusters.get(i), rejected, same);
            }
        }
        for (String key : byKey.keySet()) {
            stopIfCancelled(++step);
            Entry a = clustersByKey.get(key).get(0);
            if (a.term().comparison()) {
                comparisonLinks(a, clustersByKey, related);
                continue;
            }
            for (String other : index.candidates(key)) {
                if (other.compareTo(key) < 0 && index.finds(other, a.term().stems())) {
                    continue; // compared from the other key's side
                }
                Entry b = clustersByKey.get(other).get(0);
                fuzzyLink(a, b, index, same, related, suggested);
            }
        }
        same.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Numbers number = vertexNumbers(entries, decisions);
        Clusters clusters = new Clusters(entries.size() + 2 * decisions.size());
        List<Link> links = decide(facets, same, related, decisions, rejected, number, clusters);
        return new Atlas(roadmaps, facets, links, decisions, suggestions(suggested, rejected, number, clusters),
                reader.organising());
    }

    /**
     * Ends a match whose result nobody will see: its thread was interrupted (the app cancels a re-match that newer
     * work replaced). Looked at every 1,024 steps of the long loops, so a match of 100,000 topics stops within
     * milliseconds; a match nobody interrupts never notices.
     */
    static void stopIfCancelled(int step) {
        if ((step & 1023) == 0 && Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("matching stopped: its result was no longer wanted");
        }
    }

    /**
     * Whether matching may read labels on a second core from now on, as it does unless told otherwise: a window
     * that is painting a map just opened keeps that core for itself (a match already running goes on on one core,
     * and takes the second when it is given back). Any thread may call this.
     */
    public void shareCores(boolean share) {
        shareCores = share;
    }

    /** Whether matching may read labels on a second core now. */
    public boolean sharesCores() {
        return shareCores;
    }

    /**
     * A matcher with the same settings and vocabulary, for reading labels on another thread while this one
     * matches (the window asks which topics name a concept while a re-match may be running).
     */
    public Matcher twin() {
        return new Matcher(settings);
    }

    /** What decides this matcher's results besides its input: its version, the app's and its settings (vocabulary too). */
    public String fingerprint() {
        return "matcher " + VERSION + ", crossmap " + dev.crossmap.Version.get() + ", " + settings;
    }

    /** The matcher's reading of a label, for tests and explanations: its key, or "" when it names no concept. */
    public synchronized String keyOf(String label) {
        return normaliser.read(label).whole().map(Term::key).orElse("");
    }

    /**
     * Whether matching reads this topic as naming something to learn: not the document's title, not a
     * structural label ("Key Topics:") or a generic word, as a whole or through one of its parts.
     */
    public synchronized boolean namesAConcept(Roadmap roadmap, Topic topic) {
        return !isTitle(roadmap, topic) && !normaliser.read(topic.label()).isEmpty();
    }




    /**
     * Splits entries with the same key into groups that may join: for a homonym ("fixtures") only entries
     * whose nearest ancestors share a word; for any other key, all of them.
     */
    private List<List<Entry>> homonymClusters(List<Entry> group) {
        boolean homonym = group.size() > 1 && group.get(0).term().stems().stream().anyMatch(vocabulary::isHomonym);
        if (!homonym) {
            return List.of(group);
        }
        Clusters clusters = new Clusters(group.size());
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            for (String s : context(group.get(i))) {
                Integer j = firstWith.putIfAbsent(s, i);
                if (j != null) {
                    clusters.join(i, j);
                }
            }
        }
        Map<Integer, List<Entry>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            byRoot.computeIfAbsent(clusters.find(i), k -> new ArrayList<>()).add(group.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    /** A top-level topic that is the roadmap's title or a level-1 Markdown heading. */
    static boolean isTitle(Roadmap r, Topic t) {
        return t.parent() == null && (t.label().equals(r.title()) || t.sourceText().startsWith("# "));
    }

    /** Whether a context word is too common in this atlas to tell homonyms apart (set per match). */
    private java.util.function.Predicate<String> commonContext = st -> false;

    /** Stems of the three nearest ancestors, leaving out the document title and words common in the atlas. */
    private Set<String> context(Entry e) {
        Set<String> out = new HashSet<>();
        Topic t = e.topic();
        for (int up = 0; up < 3 && t.parent() != null; up++) {
            t = e.roadmap().topic(t.parent()).orElse(null);
            if (t == null || isTitle(e.roadmap(), t)) {
                break;
            }
            out.addAll(normaliser.contextStems(t.label()));
        }
        out.removeIf(commonContext);
        return out;
    }

    /** Links every entry of a same-key group to an earlier one it may join (a star, not all pairs). */
    private void sameKeyLinks(List<Entry> group, Set<Pair> rejected, List<Candidate> out) {
        // Two plain terms are the same for their stems: one reason serves the group while the stems repeat.
        List<String> plainStems = null;
        String plainReason = null;
        for (int i = 1; i < group.size(); i++) {
            Entry a = group.get(i);
            for (int j = 0; j < i; j++) {
                Entry b = group.get(j);
                if (b.topic().id().equals(a.topic().id())
                        || !rejected.isEmpty() && rejected.contains(new Pair(a.vertex(), b.vertex(), LinkKind.SAME_AS))) {
                    continue;
                }
                boolean plain = a.term().notes().isEmpty() && b.term().notes().isEmpty();
                String reason;
                if (plain && !a.term().comparison() && a.term().stems().equals(plainStems)) {
                    reason = plainReason; // what Reasons.sameKey says of these stems
                } else {
                    reason = Reasons.sameKey(a.term(), b.term());
                    if (plain && !a.term().comparison()) {
                        plainStems = a.term().stems();
                        plainReason = reason;
                    }
                }
                out.add(new Candidate(a, b, LinkKind.SAME_AS, plain ? 1.0 : 0.95, reason));
                break;
            }
        }
    }

    private void fuzzyLink(Entry a, Entry b, CandidateIndex index, List<Candidate> same, List<Candidate> related,
                           List<Candidate> suggested) {
        Term ta = a.term();
        Term tb = b.term();
        if (tb.comparison()) {
            return;
        }
        double shared = 0;
        double all = 0;
        for (String s : ta.stems()) {
            double w = index.weight(s);
            all += w;
            if (tb.stems().contains(s)) {
                shared += w;
            }
        }
        for (String s : tb.stems()) {
            if (!ta.stems().contains(s)) {
                all += index.weight(s);
            }
        }
        double sim = all == 0 ? 0 : shared / all;
        Entry broad = ta.stems().size() <= tb.stems().size() ? a : b;
        Entry narrow = broad == a ? b : a;
        // "API" and "API design": general and specific are related at most, never one concept.
        if (narrow.term().stems().containsAll(broad.term().stems())) {
            double share = index.weight(broad.term().stems()) / index.weight(narrow.term().stems());
            if (share >= RELATED_THRESHOLD) {
                related.add(new Candidate(broad, narrow, LinkKind.RELATED, share,
                        "narrower: '" + narrow.term().text() + "' is about '" + broad.term().text() + "'"));
            }
            return;
        }
        if (sim >= settings.sameThreshold()) {
            same.add(new Candidate(a, b, LinkKind.SAME_AS, sim, Reasons.lightDifference(ta, tb, index, sim)));
            return;
        }
        if (sim >= settings.suggestThreshold()) {
            suggested.add(new Candidate(a, b, LinkKind.SAME_AS, sim, Reasons.lightDifference(ta, tb, index, sim)));
        }
    }

    /** "Threads vs processes" is related to "threads" and to "processes". */
    private static void comparisonLinks(Entry comparison, Map<String, List<Entry>> clustersByKey, List<Candidate> out) {
        String key = comparison.term().key().substring("vs: ".length());
        for (String side : key.split(" \\| ")) {
            List<Entry> sideEntries = clustersByKey.get(side);
            if (sideEntries != null) {
                Entry s = sideEntries.get(0);
                out.add(new Candidate(s, comparison, LinkKind.RELATED, 0.5,
                        "compares it: '" + comparison.term().text() + "'"));
            }
        }
    }

    /**
     * Numbers every vertex that can be linked: the entries' vertices, then the decisions' (a then b of each), a
     * vertex numbered by the first place it comes; these numbers are the items of the {@link Clusters}.
     */
    private static Numbers vertexNumbers(List<Entry> entries, List<Decision> decisions) {
        int n = entries.size();
        IdIndex index = new IdIndex(n + 2 * decisions.size(), i -> {
            if (i < n) {
                return entries.get(i).vertex();
            }
            Decision d = decisions.get((i - n) / 2);
            return (i - n) % 2 == 0 ? d.a() : d.b();
        });
        // An entry's number is its place among the entries when no two entries share a vertex (each topic and
        // part is one): no lookup for the hundreds of thousands of candidates. The decisions' vertices come after.
        int dup = index.firstDuplicate();
        return new Numbers(index, dup < 0 || dup >= n);
    }

    /**
     * The vertices' numbers for the clusters: entries first, then the decisions' vertices.
     *
     * @param entriesDistinct no two entries share a vertex: an entry's number is its place among them
     */
    private record Numbers(IdIndex index, boolean entriesDistinct) {
        int of(Entry e) {
            return entriesDistinct ? e.index() : index.find(e.vertex());
        }

        int of(TopicId vertex) {
            return index.find(vertex);
        }
    }

    /**
     * The links: the user's added and confirmed ones, then the SAME_AS candidates best first, each joining two
     * clusters (never a kept-apart pair), then the RELATED ones and the facets'. Leaves the SAME_AS links'
     * components in {@code clusters}, numbered by {@code number}.
     */
    private List<Link> decide(List<Facet> facets, List<Candidate> same, List<Candidate> related,
                              List<Decision> decisions, Set<Pair> rejected, Numbers number, Clusters clusters) {
        Set<Pair> confirmed = pairs(decisions, Decision.Action.CONFIRM);
        List<Link> links = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.action() == Decision.Action.REJECT && d.kind() == LinkKind.SAME_AS) {
                clusters.keepApart(number.of(d.a()), number.of(d.b()));
            }
        }
        Set<Pair> made = new HashSet<>();
        for (Decision d : decisions) {
            if (d.action() == Decision.Action.REJECT) {
                continue;
            }
            LinkOrigin origin = d.action() == Decision.Action.ADD ? LinkOrigin.MANUAL : LinkOrigin.CONFIRMED;
            int a = number.of(d.a());
            int b = number.of(d.b());
            if (d.kind() == LinkKind.SAME_AS && !clusters.join(a, b) && clusters.find(a) != clusters.find(b)) {
                continue; // kept apart by a rejection
            }
            if (made.add(new Pair(d.a(), d.b(), d.kind()))) {
                links.add(new Link(d.a(), d.b(), d.kind(), origin, 1.0,
                        origin == LinkOrigin.MANUAL ? "added by you" : "confirmed by you"));
            }
        }
        // A SAME_AS pair made already is inside one cluster, so join turns it down again: only the user's
        // decisions need the pair itself (one per candidate at 100,000 topics is megabytes of garbage).
        boolean curated = !rejected.isEmpty() || !confirmed.isEmpty();
        int step = 0;
        for (Candidate c : same) {
            stopIfCancelled(++step);
            Pair p = curated ? new Pair(c.a().vertex(), c.b().vertex(), LinkKind.SAME_AS) : null;
            if (p != null && rejected.contains(p)
                    || !clusters.join(number.of(c.a()), number.of(c.b()))) {
                continue;
            }
            links.add(new Link(c.a().vertex(), c.b().vertex(), LinkKind.SAME_AS,
                    p != null && confirmed.contains(p) ? LinkOrigin.CONFIRMED : LinkOrigin.AUTO, c.score(), c.reason()));
        }
        for (Candidate c : related) {
            Pair p = new Pair(c.a().vertex(), c.b().vertex(), LinkKind.RELATED);
            if (!rejected.contains(p) && made.add(p)) {
                links.add(new Link(c.a().vertex(), c.b().vertex(), LinkKind.RELATED,
                        confirmed.contains(p) ? LinkOrigin.CONFIRMED : LinkOrigin.AUTO, c.score(), c.reason()));
            }
        }
        for (Facet f : facets) {
            links.add(new Link(f.topic(), f.id(), LinkKind.RELATED, LinkOrigin.AUTO, 1.0, "part of a compound topic"));
        }
        return links;
    }

    /**
     * Suggested pairs, best first, leaving out rejected ones and pairs already in one concept (one cluster of
     * {@link #decide}: the components of the SAME_AS links), and a second pair between the same two concepts.
     */
    private static List<Suggestion> suggestions(List<Candidate> suggested, Set<Pair> rejected, Numbers number,
                                                Clusters clusters) {
        suggested.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Suggestion> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Candidate c : suggested) {
            TopicId a = c.a().vertex();
            TopicId b = c.b().vertex();
            int ra = clusters.find(number.of(c.a()));
            int rb = clusters.find(number.of(c.b()));
            if (c.a().topic().id().equals(c.b().topic().id())
                    || !rejected.isEmpty() && rejected.contains(new Pair(a, b, LinkKind.SAME_AS))
                    || ra == rb || !seen.add((long) ra << 32 | rb)) {
                continue;
            }
            out.add(new Suggestion(a, b, c.score(), c.reason()));
        }
        return out;
    }

    private static Set<Pair> pairs(List<Decision> decisions, Decision.Action action) {
        Set<Pair> out = new HashSet<>();
        for (Decision d : decisions) {
            if (d.action() == action) {
                out.add(new Pair(d.a(), d.b(), d.kind()));
            }
        }
        return out;
    }

    /** Two vertices and a kind of link, the same in either order. Equals and hash written out (see TopicId). */
    private static final class Pair {
        private final TopicId low;
        private final TopicId high;
        private final LinkKind kind;

        Pair(TopicId a, TopicId b, LinkKind kind) {
            boolean ordered = a.compareTo(b) < 0;
            this.low = ordered ? a : b;
            this.high = ordered ? b : a;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && kind == p.kind && low.equals(p.low) && high.equals(p.high);
        }

        @Override
        public int hashCode() {
            return (low.hashCode() * 31 + high.hashCode()) * 31 + kind.ordinal();
        }
    }
}
