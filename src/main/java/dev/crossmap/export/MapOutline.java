package dev.crossmap.export;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.WebLink;
import dev.crossmap.overlap.CurriculumItem;
import dev.crossmap.overlap.Gathered;
import dev.crossmap.overlap.MergedCurriculum;
import dev.crossmap.document.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole map as the text exports write it: a title, then every roadmap as a top-level branch named after
 * its title with its topics below, in pre-order. Each entry carries what a reader of the export should get
 * back: the author's note and the user's note, progress, tags, links, hours and span. As in the mind map, a
 * roadmap whose only top-level topic is its title (a Markdown file's one {@code # Heading}) is that topic.
 *
 * @param title   what the document is called (the centre of the map)
 * @param entries every branch and topic, parents before children
 */
public record MapOutline(String title, List<Entry> entries) {
    public MapOutline {
        Objects.requireNonNull(title, "title");
        entries = List.copyOf(entries);
    }

    /**
     * One line of the outline.
     *
     * @param depth      0 for a roadmap's branch
     * @param label      the label, plain text
     * @param authorNote the note the roadmap's author wrote (plain text), "" for none
     * @param userNote   the learner's note (Markdown), "" for none
     * @param progress   the learner's status, else the author's checkbox; empty when neither says anything
     * @param tags       the author's tags, then the learner's, each once (ignoring case)
     * @param meta       hours, span, links and timestamp as the author gave them (tags are in {@code tags})
     */
    public record Entry(int depth, String label, String authorNote, String userNote, Optional<Progress> progress,
                        List<String> tags, TopicMeta meta) {
        public Entry {
            Objects.requireNonNull(label, "label");
            authorNote = authorNote == null ? "" : authorNote;
            userNote = userNote == null ? "" : userNote;
            progress = progress == null ? Optional.empty() : progress;
            tags = List.copyOf(tags);
            meta = meta == null ? TopicMeta.NONE : meta;
        }

        public List<WebLink> links() {
            return meta.links();
        }
    }

    /** Every roadmap, with the learner's notes, progress and tags from {@code ws} when given. */
    public static MapOutline of(String title, List<Roadmap> roadmaps, Optional<Workspace> ws) {
        List<Entry> out = new ArrayList<>();
        for (Roadmap r : roadmaps) {
            List<Topic> roots = r.roots();
            Topic titleTopic = roots.size() == 1 && roots.get(0).label().strip().equals(r.title().strip())
                    ? roots.get(0) : null;
            if (titleTopic == null) {
                out.add(new Entry(0, r.title(), "", "", Optional.empty(), List.of(), TopicMeta.NONE));
            }
            int shift = titleTopic == null ? 1 : 0;
            // depth by id, not Topic.depth(): a topic whose parent is missing still hangs under its branch
            Map<TopicId, Integer> depthOf = new HashMap<>(r.size() * 2);
            for (Topic t : r.topics()) {
                Integer parentDepth = t.parent() == null ? null : depthOf.get(t.parent());
                int depth = parentDepth == null ? shift : parentDepth + 1;
                depthOf.put(t.id(), depth);
                out.add(entry(t, depth, ws.map(w -> w.annotation(t.id())).orElse(Annotation.EMPTY)));
            }
        }
        return new MapOutline(title, out);
    }

    private static Entry entry(Topic t, int depth, Annotation a) {
        Optional<Progress> progress = a.progress() != Progress.NOT_STARTED ? Optional.of(a.progress()) : t.checked();
        Set<String> tags = new LinkedHashSet<>(t.meta().tags());
        for (String tag : a.tags()) {
            if (tags.stream().noneMatch(x -> x.equalsIgnoreCase(tag))) {
                tags.add(tag);
            }
        }
        return new Entry(depth, t.label(), t.note(), a.note(), progress, List.copyOf(tags), withoutTags(t.meta()));
    }

    private static TopicMeta withoutTags(TopicMeta m) {
        return new TopicMeta(m.hours(), m.span(), List.of(), m.links(), m.timestamp());
    }

    /**
     * The merged curriculum as an outline: each item once, its note saying which roadmaps teach it; with a
     * workspace, the gathered progress, notes and tags of its topics.
     */
    public static MapOutline of(MergedCurriculum curriculum, Optional<Workspace> ws, String title) {
        List<Entry> out = new ArrayList<>(curriculum.size());
        for (MergedCurriculum.Line line : curriculum.lines()) {
            CurriculumItem item = line.item();
            String taught = (item.places() > 1 ? item.places() + " places: " : "Taught in ")
                    + CurriculumMarkdown.sources(item);
            Optional<Progress> progress = Optional.empty();
            StringBuilder notes = new StringBuilder();
            List<String> tags = List.of();
            if (ws.isPresent()) {
                Gathered g = curriculum.gather(item, ws.get()::annotation);
                progress = g.progress() == Progress.NOT_STARTED ? Optional.empty() : Optional.of(g.progress());
                for (Gathered.Note n : g.notes()) {
                    notes.append(notes.length() > 0 ? "\n\n" : "")
                         .append(g.notes().size() > 1 ? n.roadmap() + ": " : "").append(n.text().strip());
                }
                tags = List.copyOf(g.tags());
            }
            out.add(new Entry(line.depth(), item.label(), taught, notes.toString(), progress, tags, TopicMeta.NONE));
        }
        return new MapOutline(title, out);
    }
}
