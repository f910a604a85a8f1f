package dev.crossmap.outline;

import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.WebLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One XMind topic while its fields are read (JSON fields and XML elements come in any order): the topic is
 * added to the builder as soon as it starts, so its children can name it, and what XMind keeps beside the
 * title (labels, markers, a link) is gathered here and set when it ends. Shared by both XMind formats.
 */
final class XmindTopic {
    /** Marker ids of XMind's task progress, from "not started" to "done". */
    private static final String TASK = "task-";

    final int index;
    private TopicMeta meta = TopicMeta.NONE;
    private Optional<Progress> checked = Optional.empty();

    private XmindTopic(int index) {
        this.index = index;
    }

    /** Adds a topic with no title yet under {@code parent} (a builder index or {@link OutlineBuilder#ROOT}). */
    static XmindTopic start(OutlineBuilder b, int parent, int line) {
        return new XmindTopic(b.add(parent, "", null, line, TopicMeta.NONE, Optional.empty()));
    }

    void title(OutlineBuilder b, String title) {
        b.setLabel(index, Whitespace.oneLine(title));
    }

    /** An XMind label is the author's tag. */
    void label(String label) {
        meta = meta.withTag(Whitespace.oneLine(label));
    }

    /**
     * A marker: task markers ({@code task-start} … {@code task-done}) are progress, priority markers
     * ({@code priority-1}) a tag; icons (flags, smileys, stars) carry no meaning we could keep.
     */
    void marker(String id) {
        if (id.equals("task-done")) {
            checked = Optional.of(Progress.DONE);
        } else if (id.equals("task-start")) {
            checked = Optional.of(Progress.NOT_STARTED);
        } else if (id.startsWith(TASK)) {
            // task-quarter, task-half, task-3quar and the eighths: begun, not finished.
            checked = Optional.of(Progress.LEARNING);
        } else if (id.startsWith("priority-") && id.length() <= 12) {
            meta = meta.withTag("priority " + id.substring(9));
        }
    }

    /**
     * The topic's hyperlink: a web (or file) address becomes its link, {@code xmind:#id} a connector to that
     * topic; an attachment inside the archive ({@code xap:}) has nothing to open once imported.
     */
    void href(OutlineBuilder b, String href, int line) {
        String h = href.strip();
        if (h.startsWith("xmind:#")) {
            b.connect(index, h.substring(7), "", line);
        } else if (!h.isEmpty() && !h.startsWith("xap:")) {
            meta = meta.withLink(new WebLink("", h));
        }
    }

    /** Sets what was gathered, once the topic's last field is read. */
    void finish(OutlineBuilder b) {
        if (!meta.isEmpty()) {
            b.setMeta(index, meta);
        }
        if (checked.isPresent()) {
            b.setChecked(index, checked);
        }
    }

    /** The roadmap names of a file's sheets: the file name for one sheet, "file [Sheet title]" for several. */
    static List<String> sheetNames(String fileName, List<String> titles) {
        List<String> names = new ArrayList<>(titles.size());
        if (titles.size() == 1) {
            names.add(fileName);
            return names;
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < titles.size(); i++) {
            String t = Whitespace.oneLine(titles.get(i));
            String base = fileName + " [" + (t.isEmpty() ? "Sheet " + (i + 1) : t) + "]";
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + " (" + n + ")";
            }
            names.add(name);
        }
        return names;
    }
}
