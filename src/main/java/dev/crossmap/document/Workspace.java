package dev.crossmap.document;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Decision;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The document a user works on: the roadmaps, what they wrote on each topic, their curation decisions
 * about links, the fold state and the view. Mutable; used from one thread (the UI's). Every change bumps
 * {@link #revision()} and tells the listeners; user edits go through {@link History} so they can be undone.
 */
public final class Workspace {
    private final List<Roadmap> roadmaps = new ArrayList<>();
    private final Map<TopicId, Located> topics = new HashMap<>();
    private final Map<TopicId, Annotation> annotations = new HashMap<>();
    private final List<Unattached> unattached = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Map<TopicId, String> conceptNames = new HashMap<>();
    private final Set<TopicId> folded = new HashSet<>();
    private final Map<String, Object> unknownFields = new LinkedHashMap<>();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private ViewState view = ViewState.DEFAULT;
    private boolean shareConceptProgress = true;
    private long revision;

    /**
     * An immutable copy of everything that is saved, taken on the editing thread so the file can be written
     * on another one.
     */
    public record Snapshot(List<Roadmap> roadmaps, Map<TopicId, Annotation> annotations, List<Unattached> unattached,
                           List<Decision> decisions, Map<TopicId, String> conceptNames, Set<TopicId> folded, ViewState view, boolean shareConceptProgress,
                           Map<String, Object> unknownFields, long revision) {
    }

    /** Everything that is saved, as it is now. */
    public Snapshot snapshot() {
        return new Snapshot(List.copyOf(roadmaps), Map.copyOf(annotations), List.copyOf(unattached),
                List.copyOf(decisions), Map.copyOf(conceptNames), Set.copyOf(folded),
                view, shareConceptProgress, Map.copyOf(unknownFields), revision);
    }

    /** A topic and the roadmap it belongs to. */
    public record Located(Roadmap roadmap, Topic topic) {
    }

    /** An empty workspace. */
    public Workspace() {
    }

    /** A workspace holding these roadmaps, with the progress their authors ticked ({@code - [x]}, task markers). */
    public Workspace(List<Roadmap> initial) {
        for (Roadmap r : initial) {
            putRoadmap(r);
            seedAuthorProgress(r);
        }
    }

    public List<Roadmap> roadmaps() {
        return List.copyOf(roadmaps);
    }

    /** Total number of topics in all roadmaps. */
    public int topicCount() {
        return topics.size();
    }

    /** The topic with this id and its roadmap. */
    public Optional<Located> topic(TopicId id) {
        return Optional.ofNullable(topics.get(id));
    }

    /** What the user wrote on a topic ({@link Annotation#EMPTY} when nothing). */
    public Annotation annotation(TopicId id) {
        return annotations.getOrDefault(id, Annotation.EMPTY);
    }

    /** Every topic that carries something, with what it carries. */
    public Map<TopicId, Annotation> annotations() {
        return Map.copyOf(annotations);
    }

    /** How many topics have this status (not started: those with no status set count too). */
    public int count(dev.crossmap.model.Progress p) {
        int n = 0;
        for (Annotation a : annotations.values()) {
            if (a.progress() == p) {
                n++;
            }
        }
        return p == dev.crossmap.model.Progress.NOT_STARTED ? n + topics.size() - annotations.size() : n;
    }

    /** Notes whose topics disappeared in a re-import; kept until the user deals with them. */
    public List<Unattached> unattached() {
        return List.copyOf(unattached);
    }

    /** The user's curation of links (confirm, reject, add), oldest first; input to every re-match. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** The names the user gave concepts, keyed by one of each concept's topics. */
    public Map<TopicId, String> conceptNames() {
        return Map.copyOf(conceptNames);
    }

    /** Names the concept that {@code member} belongs to; a blank name gives the matcher's label back. */
    public void setConceptName(TopicId member, String name) {
        if (name == null || name.isBlank()) {
            conceptNames.remove(member);
        } else {
            conceptNames.put(member, name.strip());
        }
        changed();
        listeners.forEach(WorkspaceListener::decisionsChanged);
    }

    public boolean isFolded(TopicId id) {
        return folded.contains(id);
    }

    public Set<TopicId> folded() {
        return Set.copyOf(folded);
    }

    public ViewState view() {
        return view;
    }

    /** Whether setting the progress of one occurrence of a concept sets all of them (on by default). */
    public boolean shareConceptProgress() {
        return shareConceptProgress;
    }

    /** Fields a newer Crossmap wrote that this one does not know; written back unchanged on save. */
    public Map<String, Object> unknownFields() {
        return unknownFields;
    }

    /** Goes up by one with every change; the UI compares it with the saved revision to show "unsaved". */
    public long revision() {
        return revision;
    }

    public void addListener(WorkspaceListener l) {
        listeners.add(l);
    }

    public void removeListener(WorkspaceListener l) {
        listeners.remove(l);
    }

    // ---- changes (user edits come here through History; loading comes here directly) ----

    /** Sets several topics' annotations at once (one change for listeners). */
    public void setAnnotations(Map<TopicId, Annotation> changes) {
        if (changes.isEmpty()) {
            return;
        }
        for (Map.Entry<TopicId, Annotation> e : changes.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) {
                annotations.remove(e.getKey());
            } else {
                annotations.put(e.getKey(), e.getValue());
            }
        }
        changed();
        Set<TopicId> ids = Set.copyOf(changes.keySet());
        listeners.forEach(l -> l.annotationsChanged(ids));
    }

    /** Sets one topic's annotation. */
    public void setAnnotation(TopicId id, Annotation a) {
        Map<TopicId, Annotation> m = new HashMap<>();
        m.put(id, a);
        setAnnotations(m);
    }

    /** Folds or unfolds these topics. */
    public void setFolded(Collection<TopicId> ids, boolean fold) {
        Set<TopicId> touched = new HashSet<>();
        for (TopicId id : ids) {
            if (fold ? folded.add(id) : folded.remove(id)) {
                touched.add(id);
            }
        }
        if (!touched.isEmpty()) {
            changed();
            listeners.forEach(l -> l.foldingChanged(touched));
        }
    }

    /** Replaces the curation decisions. */
    public void setDecisions(List<Decision> newDecisions) {
        decisions.clear();
        decisions.addAll(newDecisions);
        changed();
        listeners.forEach(WorkspaceListener::decisionsChanged);
    }

    /** Remembers the view; not an edit, but part of what is saved. */
    public void setView(ViewState v) {
        if (!v.equals(view)) {
            view = v;
            revision++;
        }
    }

    public void setShareConceptProgress(boolean share) {
        if (share != shareConceptProgress) {
            shareConceptProgress = share;
            changed();
        }
    }

    /** Adds a roadmap with the progress its author ticked; its name must not be taken (see {@link #uniqueName}). */
    public void addRoadmap(Roadmap r) {
        addRoadmap(r, true);
    }

    /**
     * Adds a roadmap; {@code withAuthorProgress} false when the user's own progress follows (a workspace being
     * loaded), so a topic the user set back to "not started" stays so.
     */
    public void addRoadmap(Roadmap r, boolean withAuthorProgress) {
        putRoadmap(r);
        if (withAuthorProgress) {
            seedAuthorProgress(r);
        }
        changed();
        listeners.forEach(WorkspaceListener::roadmapsChanged);
    }

    /** A checkbox the author ticked is the topic's progress until the user says otherwise. */
    private void seedAuthorProgress(Roadmap r) {
        for (Topic t : r.topics()) {
            t.checked().filter(p -> p != Progress.NOT_STARTED && !annotations.containsKey(t.id()))
                    .ifPresent(p -> annotations.put(t.id(), Annotation.EMPTY.withProgress(p)));
        }
    }

    /**
     * Puts a re-imported roadmap in place of the one with the same name, re-attaching what the user wrote:
     * by id, else by the same label under the same path, else by the same label anywhere in that roadmap
     * (if unique). What finds no topic is kept in {@link #unattached()} and named in the returned list.
     */
    public List<Unattached> replaceRoadmap(Roadmap fresh) {
        int at = indexOf(fresh.name());
        if (at < 0) {
            addRoadmap(fresh);
            return List.of();
        }
        Roadmap old = roadmaps.get(at);
        Map<Anchor, Annotation> lost = new LinkedHashMap<>();
        Map<Anchor, String> formerIds = new HashMap<>();
        for (Topic t : old.topics()) {
            topics.remove(t.id());
            folded.remove(t.id());
            Annotation a = annotations.remove(t.id());
            if (a != null) {
                Anchor anchor = Anchor.of(old, t);
                lost.put(anchor, a);
                formerIds.put(anchor, t.id().value());
            }
        }
        roadmaps.set(at, fresh);
        index(fresh);
        List<Unattached> orphans = new ArrayList<>();
        for (Map.Entry<Anchor, Annotation> e : lost.entrySet()) {
            Optional<TopicId> home = Reattachment.find(fresh, new TopicId(formerIds.get(e.getKey())), e.getKey());
            if (home.isPresent() && !annotations.containsKey(home.get())) {
                annotations.put(home.get(), e.getValue());
            } else {
                orphans.add(new Unattached(formerIds.get(e.getKey()), e.getKey(), e.getValue()));
            }
        }
        unattached.addAll(orphans);
        seedAuthorProgress(fresh); // a box newly ticked in the file, on a topic the user never touched
        changed();
        listeners.forEach(WorkspaceListener::roadmapsChanged);
        return orphans;
    }

    /** Removes a roadmap; what the user wrote on it is kept as unattached, never dropped silently. */
    public void removeRoadmap(String name) {
        int at = indexOf(name);
        if (at < 0) {
            return;
        }
        Roadmap old = roadmaps.remove(at);
        for (Topic t : old.topics()) {
            topics.remove(t.id());
            folded.remove(t.id());
            Annotation a = annotations.remove(t.id());
            if (a != null) {
                unattached.add(new Unattached(t.id().value(), Anchor.of(old, t), a));
            }
        }
        changed();
        listeners.forEach(WorkspaceListener::roadmapsChanged);
    }

    /** Drops an unattached note the user has dealt with. */
    public void dismissUnattached(Unattached u) {
        if (unattached.remove(u)) {
            changed();
        }
    }

    /** Keeps unattached notes read from a file. */
    public void restoreUnattached(Collection<Unattached> items) {
        unattached.addAll(items);
    }

    /** {@code name}, or {@code name (2)}, {@code name (3)}… if a roadmap of that name is loaded. */
    public String uniqueName(String name) {
        if (indexOf(name) < 0) {
            return name;
        }
        for (int i = 2; ; i++) {
            String candidate = name + " (" + i + ")";
            if (indexOf(candidate) < 0) {
                return candidate;
            }
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < roadmaps.size(); i++) {
            if (roadmaps.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void putRoadmap(Roadmap r) {
        if (indexOf(r.name()) >= 0) {
            throw new IllegalArgumentException("a roadmap called " + r.name() + " is already open");
        }
        roadmaps.add(r);
        index(r);
    }

    private void index(Roadmap r) {
        for (Topic t : r.topics()) {
            topics.put(t.id(), new Located(r, t));
        }
    }

    private void changed() {
        revision++;
    }
}
