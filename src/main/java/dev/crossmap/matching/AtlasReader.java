package dev.crossmap.matching;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Facet;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.work.Shared;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every topic of an atlas into the terms it names, before any two are compared: a first pass learns what
 * the atlas itself defines (abbreviations, initials, typos, the heads a roadmap repeats); then each label is
 * read once, asides become parts when the atlas names them elsewhere, a short label is read with its parent, and
 * a longer line also names the concepts the atlas names on their own. The result is one entry per topic and per
 * part (a {@link Facet}).
 */
final class AtlasReader {
    private final WordForms forms;
    private final Normaliser plain;
    private final Vocabulary vocabulary;
    private final MatchSettings settings;
    /** Whether labels may be read on a second core now ({@link Matcher#shareCores}). */
    private final java.util.function.BooleanSupplier mayShare;
    /** Topics under another that only organise (structural labels, tables of contents), found while reading. */
    private final Set<TopicId> organising = new HashSet<>();
    /** The normaliser with this atlas's lexicon, once the first pass has learned it. */
    private Normaliser normaliser;
    /** Per label, what {@link Finisher#withMentions} reads of it: the same label is written many times in a big atlas. */
    private final Map<String, LineWords> lineWords = new HashMap<>();

    /**
     * A line's content stems and, when it reads as a phrase long enough to mention concepts, the stems before
     * its context words (else null).
     */
    private record LineWords(List<String> stems, List<String> topical) {
    }


    AtlasReader(WordForms forms, Normaliser normaliser, Vocabulary vocabulary, MatchSettings settings,
                java.util.function.BooleanSupplier mayShare) {
        this.mayShare = mayShare;
        this.forms = forms;
        this.plain = normaliser;
        this.vocabulary = vocabulary;
        this.settings = settings;
    }

    List<Matcher.Entry> read(List<Roadmap> roadmaps, List<Facet> facets) {
        int step = 0;
        // First pass: what the atlas itself defines (abbreviations, initials) and which words are typos.
        Lexicon lexicon = new Lexicon();
        Map<String, Lexicon.Study> studies = study(roadmaps);
        for (Roadmap r : roadmaps) {
            List<String> heads = new ArrayList<>();
            for (Topic t : r.topics()) {
                Matcher.stopIfCancelled(++step);
                lexicon.learn(studies.get(t.label()), r.name(), t.line());
                if (t.label().indexOf(':') >= 0 || t.label().indexOf(" - ") >= 0 || t.label().indexOf(" \u2013 ") >= 0
                        || t.label().indexOf(" \u2014 ") >= 0) {
                    heads.add(Normaliser.headOf(t.label()));
                }
            }
            lexicon.learnHeads(heads);
        }
        lexicon.settle();
        normaliser = plain.with(lexicon);
        Map<String, Reading> byLabel = readLabels(roadmaps);
        List<Matcher.Entry> entries = new ArrayList<>();
        // By identity: a Topic record hashes all its fields, and the same label is read once.
        Map<Topic, Reading> readings = new java.util.IdentityHashMap<>();
        Mentions mentions = new Mentions();
        Map<String, Integer> asideCount = new HashMap<>();
        for (Roadmap r : roadmaps) {
            for (Topic t : r.topics()) {
                Matcher.stopIfCancelled(++step);
                if (!Matcher.isTitle(r, t) && !isNavigation(t)) {
                    Reading reading = byLabel.get(t.label());
                    readings.put(t, reading);
                    if (reading.whole().isPresent()) {
                        mentions.add(reading.whole().get());
                    }
                    List<Term> parts = reading.parts();
                    for (int i = 0; i < parts.size(); i++) {
                        mentions.add(parts.get(i));
                    }
                    List<Term> asides = reading.asides();
                    for (int i = 0; i < asides.size(); i++) {
                        if (!hasKeyBefore(asides, i)) { // each key once per topic
                            asideCount.merge(asides.get(i).key(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        // An aside is a part when the atlas names it elsewhere (on its own, or in another aside).
        for (Roadmap r : roadmaps) {
            for (Topic t : r.topics()) {
                Matcher.stopIfCancelled(++step);
                Reading rd = readings.get(t);
                if (rd != null && !rd.asides().isEmpty()) {
                    List<Term> parts = new ArrayList<>(rd.parts());
                    for (Term a : rd.asides()) {
                        if (mentions.knows(a.key()) || asideCount.getOrDefault(a.key(), 0) >= 2) {
                            parts.add(a);
                        }
                    }
                    readings.put(t, new Reading(rd.whole(), parts)); // without asides: a topic met twice is done once
                }
            }
        }
        // Every topic with its roadmap, end to end in the order they are written: the two steps below go by index.
        int total = 0;
        for (Roadmap r : roadmaps) {
            total += r.topics().size();
        }
        Topic[] topics = new Topic[total];
        Roadmap[] roadmapOf = new Roadmap[total];
        int at = 0;
        for (Roadmap r : roadmaps) {
            for (Topic t : r.topics()) {
                topics[at] = t;
                roadmapOf[at++] = r;
            }
        }
        readWithParents(topics, roadmapOf, readings);
        // Each topic's last reading (with the concepts its line mentions) and parts, on two cores for a big atlas;
        // then the entries, numbered in the order the roadmaps are written.
        Finished[] done = new Finished[total];
        Shared.forEach(total, new Finisher(normaliser, mentions, readings), () -> new Finisher(normaliser.copy(), mentions, readings),
                mayShare, (finisher, i) -> done[i] = finisher.finish(roadmapOf[i], topics[i]));
        for (int i = 0; i < total; i++) {
            Matcher.stopIfCancelled(++step);
            Finished d = done[i];
            Topic t = topics[i];
            if (d.organising()) {
                organising.add(t.id());
            }
            if (d.whole() != null) {
                entries.add(new Matcher.Entry(entries.size(), t.id(), t, roadmapOf[i], d.whole()));
            }
            for (int k = 0; k < d.facets().size(); k++) {
                facets.add(d.facets().get(k));
                entries.add(new Matcher.Entry(entries.size(), d.facets().get(k).id(), t, roadmapOf[i], d.named().get(k)));
            }
        }
        return entries;
    }

    /**
     * What one topic adds to the atlas: whether it only organises its roadmap, its whole term (or null), and its
     * parts as facets with the terms they are matched by.
     */
    private record Finished(boolean organising, Term whole, List<Facet> facets, List<Term> named) {
        static final Finished NOTHING = new Finished(false, null, List.of(), List.of());
        static final Finished ORGANISING = new Finished(true, null, List.of(), List.of());
    }

    /**
     * Finishes reading topics on one thread: the normaliser (its stemmer keeps state), the labels as shown and the
     * mentions found per label are its own; the readings and the mentions of the atlas are only read.
     */
    private final class Finisher {
        private final Normaliser reader;
        private final Mentions mentions;
        private final Map<Topic, Reading> readings;
        /** Per label, the label as shown to a reader. */
        private final Map<String, String> shownOf = new HashMap<>();
        /** Per label, the concepts its topical stems mention ({@link Mentions#find} of the label's own words). */
        private final Map<String, List<Term>> topicalMentions = new HashMap<>();

        Finisher(Normaliser reader, Mentions mentions, Map<Topic, Reading> readings) {
            this.reader = reader;
            this.mentions = mentions;
            this.readings = readings;
        }

        Finished finish(Roadmap r, Topic t) {
            boolean organises = t.parent() != null && (isNavigation(t) || readings.get(t).isEmpty() && reader.onlyOrganises(t.label()));
            if (Matcher.isTitle(r, t) || isNavigation(t)) {
                // the document's title names the whole roadmap; a table of contents repeats it
                return organises ? Finished.ORGANISING : Finished.NOTHING;
            }
            Reading reading = readings.get(t);
            if (settings.mentions()) {
                reading = withMentions(r, t, reading);
            }
            Term whole = reading.whole().orElse(null);
            List<Term> parts = reading.parts();
            if (parts.isEmpty()) {
                return whole == null && !organises ? Finished.NOTHING : new Finished(organises, whole, List.of(), List.of());
            }
            List<Facet> facets = new ArrayList<>(parts.size());
            List<Term> named = new ArrayList<>(parts.size());
            Set<String> keys = new HashSet<>();
            if (whole != null) {
                keys.add(whole.key());
            }
            String shown = shownOf.computeIfAbsent(t.label(), Atlas::plain);
            for (int n = 1; n <= parts.size(); n++) {
                Term part = parts.get(n - 1);
                if (keys.add(part.key())) {
                    Facet f = new Facet(Facet.idOf(t.id(), n), t.id(), part.text());
                    facets.add(f);
                    // The evidence a link shows: "names 'B-trees' (part of 'Storage engines (B-trees, …)')".
                    named.add(part.notes().isEmpty() && !shown.equals(part.text())
                            ? new Term(part.text(), part.key(), part.stems(), part.comparison(),
                                    List.of("names '" + part.text() + "' (part of '" + shown + "')"))
                            : part);
                }
            }
            return new Finished(organises, whole, facets, named);
        }

        /**
         * A longer line also names the concepts the atlas names on their own ("Using lists to store data" names
         * lists); a short name ("API design") is a concept of its own, not a mention of "API".
         */
        private Reading withMentions(Roadmap r, Topic t, Reading reading) {
            LineWords words = lineWords.get(t.label()); // read on every label before: only read here
            if (words == null) {
                words = lineWords(reader, t.label());
            }
            List<String> stems = words.stems();
            if (stems.size() < 2) {
                return reading;
            }
            // Under a heading that names the concept, a line that names it too is about it: "Learn Git by
            // Atlassian" under "Git". That context settles even a one-word name.
            // (A subtopic under "Loops" that says "for loop" is narrower; a linked resource is about its heading.)
            boolean resource = t.sourceText().contains("](http") || !t.meta().links().isEmpty();
            Set<String> above = resource ? ancestorKeys(r, t, readings) : Set.of();
            String shown = shownOf.computeIfAbsent(t.label(), Atlas::plain);
            List<Term> topical = List.of();
            if (words.topical() != null) {
                topical = topicalMentions.get(t.label()); // the same words, mentions and label: the same finds
                if (topical == null) {
                    topical = mentions.find(words.topical(), settings.mentionSingleWords(), shown);
                    topicalMentions.put(t.label(), topical);
                }
            }
            if (above.isEmpty() && topical.isEmpty()) {
                return reading; // nothing to add
            }
            Set<String> have = new HashSet<>();
            reading.whole().ifPresent(w -> have.add(w.key()));
            reading.parts().forEach(p -> have.add(p.key()));
            List<Term> parts = new ArrayList<>(reading.parts());
            if (!above.isEmpty()) {
                for (Term m : mentions.find(stems, true, shown)) {
                    if (above.contains(m.key()) && have.add(m.key())) {
                        parts.add(m);
                    }
                }
            }
            // Otherwise only a phrase ("Using X to …", a question) mentions concepts, and only before a word that
            // starts its context ("… in machine learning", "… for beginners"); a name ("Kubernetes configuration
            // management") is a concept of its own, however long.
            for (Term m : topical) {
                if (have.add(m.key())) {
                    parts.add(m);
                }
            }
            return parts.size() == reading.parts().size() ? reading : new Reading(reading.whole(), parts);
        }
    }

    /**
     * What the first pass reads of every label ({@link Lexicon#study}), each label once, on two cores where there
     * are two.
     */
    private Map<String, Lexicon.Study> study(List<Roadmap> roadmaps) {
        Map<String, Lexicon.Study> out = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (Roadmap r : roadmaps) {
            for (Topic t : r.topics()) {
                if (out.putIfAbsent(t.label(), NOT_YET) == null) {
                    labels.add(t.label());
                }
            }
        }
        Lexicon.Study[] read = new Lexicon.Study[labels.size()];
        Shared.forEach(labels.size(), forms, forms::copy, mayShare,
                (own, i) -> read[i] = Lexicon.study(Normaliser.clean(labels.get(i)), own, vocabulary));
        for (int i = 0; i < read.length; i++) {
            out.put(labels.get(i), read[i]);
        }
        return out;
    }

    /** A label counted but not yet studied. */
    private static final Lexicon.Study NOT_YET = new Lexicon.Study("", List.of(), null, List.of());

    /**
     * Every label a topic that can match carries, read once (and, when lines mention concepts, its words too), on
     * two cores where there are two: the same label is written many times in a big atlas, and its reading depends
     * on nothing but the label and the atlas's lexicon.
     */
    private Map<String, Reading> readLabels(List<Roadmap> roadmaps) {
        Map<String, Integer> number = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (Roadmap r : roadmaps) {
            for (Topic t : r.topics()) {
                if (!Matcher.isTitle(r, t) && !isNavigation(t) && number.putIfAbsent(t.label(), labels.size()) == null) {
                    labels.add(t.label());
                }
            }
        }
        int n = labels.size();
        Reading[] read = new Reading[n];
        LineWords[] words = settings.mentions() ? new LineWords[n] : null;
        Shared.forEach(n, normaliser, normaliser::copy, mayShare, (reader, i) -> {
            read[i] = reader.read(labels.get(i));
            if (words != null) {
                words[i] = lineWords(reader, labels.get(i));
            }
        });
        Map<String, Reading> byLabel = new HashMap<>(number.size() * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            byLabel.put(labels.get(i), read[i]);
            if (words != null) {
                lineWords.put(labels.get(i), words[i]);
            }
        }
        return byLabel;
    }

    private static boolean hasKeyBefore(List<Term> terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms.get(j).key().equals(terms.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    private LineWords lineWords(Normaliser reader, String label) {
        List<String> stems = reader.contentStems(label);
        boolean mentionsConcepts = stems.size() >= 2 && stems.size() >= settings.mentionMinWords() && reader.isPhrase(label);
        return new LineWords(stems, mentionsConcepts ? reader.contentStems(Normaliser.beforeContext(label)) : null);
    }

    /** What {@link #read} found to only organise its roadmap. */
    Set<TopicId> organising() {
        return organising;
    }

    /**
     * A table-of-contents entry: its only links go to headings of the same file ("[Git](#git)"). It repeats a
     * heading for navigation; counting it would show every section of a README twice.
     */
    static boolean isNavigation(Topic t) {
        return !t.meta().links().isEmpty() && t.meta().links().stream().allMatch(l -> l.url().startsWith("#"));
    }

    /**
     * A short label that only makes sense under its parent ("Server side" under "Rendering") also names what the
     * two say together, when another place in the atlas names that ("Server-side rendering").
     */
    private void readWithParents(Topic[] topics, Roadmap[] roadmapOf, Map<Topic, Reading> readings) {
        Map<String, Term> wholes = new HashMap<>();
        // In the order the roadmaps are written: the readings are keyed by identity, whose order changes from run to run.
        for (int i = 0; i < topics.length; i++) {
            Matcher.stopIfCancelled(i + 1);
            Reading rd = readings.get(topics[i]);
            if (rd != null && rd.whole().isPresent() && !rd.whole().get().comparison()) {
                wholes.putIfAbsent(rd.whole().get().key(), rd.whole().get());
            }
        }
        // Each topic read with its parent on its own (only a whole's key is read of the parent, which this does not
        // change), on two cores for a big atlas; the readings change after.
        Reading[] withParent = new Reading[topics.length];
        Shared.forEach(topics.length, wholes, () -> wholes, mayShare,
                (named, i) -> withParent[i] = withParent(roadmapOf[i], topics[i], readings, named));
        for (int i = 0; i < withParent.length; i++) {
            if (withParent[i] != null) {
                readings.put(topics[i], withParent[i]);
            }
        }
    }

    /** A short topic's reading with what it and its parent name together, when the atlas names that; else null. */
    private static Reading withParent(Roadmap r, Topic t, Map<Topic, Reading> readings, Map<String, Term> wholes) {
        Reading rd = readings.get(t);
        if (rd == null || rd.whole().isEmpty() || rd.whole().get().comparison() || rd.whole().get().stems().size() > 2
                || t.parent() == null) {
            return null;
        }
        Topic above = r.topic(t.parent()).orElse(null);
        Reading up = above == null ? null : readings.get(above);
        if (up == null || up.whole().isEmpty() || up.whole().get().comparison()) {
            return null;
        }
        Term own = rd.whole().get();
        Term parent = up.whole().get();
        // The stems of both, distinct and sorted (a concept key), without a TreeSet for every topic.
        String[] both = new String[own.stems().size() + parent.stems().size()];
        for (int i = 0; i < both.length; i++) {
            both[i] = i < own.stems().size() ? own.stems().get(i) : parent.stems().get(i - own.stems().size());
        }
        java.util.Arrays.sort(both);
        int distinct = 0;
        for (String s : both) {
            if (distinct == 0 || !s.equals(both[distinct - 1])) {
                both[distinct++] = s;
            }
        }
        if (distinct == own.stems().size() || distinct == parent.stems().size()) {
            return null; // one already says it all: "Rendering" under "Server-side rendering"
        }
        Term named = wholes.get(Vocabulary.joinDistinct(both, distinct));
        if (named == null) {
            return null;
        }
        List<Term> parts = new ArrayList<>(rd.parts());
        parts.add(new Term(named.text(), named.key(), named.stems(), false,
                List.of("read with its parent: '" + own.text() + "' under '" + parent.text() + "'")));
        return new Reading(rd.whole(), parts);
    }

    /** The concept keys of a topic's three nearest ancestors (the document title left out). */
    private static Set<String> ancestorKeys(Roadmap r, Topic t, Map<Topic, Reading> readings) {
        Set<String> out = new HashSet<>();
        Topic at = t;
        for (int up = 0; up < 3 && at.parent() != null; up++) {
            at = r.topic(at.parent()).orElse(null);
            if (at == null) {
                break;
            }
            Reading rd = readings.get(at);
            if (rd != null) {
                rd.whole().ifPresent(w -> out.add(w.key()));
                rd.parts().forEach(p -> out.add(p.key()));
            }
        }
        return out;
    }
}
