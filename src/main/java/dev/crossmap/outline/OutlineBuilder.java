package dev.crossmap.outline;

import dev.crossmap.io.HeapGuard;
import dev.crossmap.model.Connector;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.model.TopicMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects topics in source order while a reader walks a file, then makes the immutable {@link Roadmap}.
 * Topics are addressed by their index; ids are derived from the roadmap name, the path of labels and the
 * position among equally named siblings, so a topic keeps its id when unrelated parts of the file change.
 */
public final class OutlineBuilder {
    /** Parent index of a top-level topic. */
    public static final int ROOT = -1;
    /** Every so many topics the reading asks whether the heap still has room ({@link HeapGuard}). */
    private static final int HEAP_CHECK_EVERY = 4096;

    private final String fileName;
    private final List<String> labels = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<TopicMeta> metas = new ArrayList<>();
    private final List<Optional<Progress>> checks = new ArrayList<>();
    private final List<StringBuilder> notes = new ArrayList<>();
    private int[] parents = new int[64];
    private int[] lines = new int[64];
    private int[] depths = new int[64];
    private boolean[] folded = new boolean[64];
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Map<String, Integer> named = new HashMap<>();
    private final List<PendingConnector> connectors = new ArrayList<>();
    private final Map<Interpretation, int[]> interpretations = new java.util.EnumMap<>(Interpretation.class);

    public OutlineBuilder(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Adds a topic under {@code parent} (an index returned earlier, or {@link #ROOT}).
     *
     * @return the new topic's index
     */
    public int add(int parent, String label, String sourceText, int line, TopicMeta meta, Optional<Progress> checked) {
        int i = labels.size();
        if (parent < ROOT || parent >= i) {
            throw new IllegalArgumentException("parent " + parent + " is not an earlier topic");
        }
        heapCheck(i, i, false);
        if (i == parents.length) {
            int n = i * 2;
            parents = Arrays.copyOf(parents, n);
            lines = Arrays.copyOf(lines, n);
            depths = Arrays.copyOf(depths, n);
            folded = Arrays.copyOf(folded, n);
        }
        labels.add(label);
        sources.add(sourceText);
        metas.add(meta == null ? TopicMeta.NONE : meta);
        checks.add(checked == null ? Optional.empty() : checked);
        notes.add(null);
        parents[i] = parent;
        lines[i] = line;
        depths[i] = parent == ROOT ? 0 : depths[parent] + 1;
        return i;
    }

    /** Adds a topic with no metadata and no checkbox. */
    public int add(int parent, String label, String sourceText, int line) {
        return add(parent, label, sourceText, line, TopicMeta.NONE, Optional.empty());
    }

    /** Appends a paragraph of prose to a topic's note. */
    public void appendNote(int topic, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        StringBuilder sb = notes.get(topic);
        if (sb == null) {
            notes.set(topic, new StringBuilder(text.strip()));
        } else {
            sb.append('\n').append(text.strip());
        }
    }

    public void setFolded(int topic, boolean value) {
        folded[topic] = value;
    }

    public void setMeta(int topic, TopicMeta meta) {
        metas.set(topic, meta);
    }

    public void setLabel(int topic, String label) {
        labels.set(topic, label);
    }

    /** Sets the progress the file records for a topic (XMind keeps its task marker after the title). */
    public void setChecked(int topic, Optional<Progress> checked) {
        checks.set(topic, checked == null ? Optional.empty() : checked);
    }

    /** Records a warning at a 1-based line (0 for the whole file). */
    public void warn(int line, String message) {
        warnings.add(new ImportWarning(fileName, line, message));
    }

    /** Counts one interpretation at a 1-based line; {@link #build} reports each kind once, with its count. */
    void interpreted(Interpretation kind, int line) {
        int[] seen = interpretations.computeIfAbsent(kind, k -> new int[] {0, line});
        seen[0]++;
    }

    public int size() {
        return labels.size();
    }

    public int parent(int topic) {
        return parents[topic];
    }

    public int depth(int topic) {
        return depths[topic];
    }

    public String label(int topic) {
        return labels.get(topic);
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Remembers the id the source file gives a topic (Freeplane's {@code ID="ID_…"}) so connectors can name
     * it; a second topic claiming the same id is a warning and keeps the first.
     */
    public void name(int topic, String sourceId, int line) {
        if (sourceId == null || sourceId.isEmpty()) {
            return;
        }
        if (named.putIfAbsent(sourceId, topic) != null) {
            warn(line, "id " + sourceId + " is used twice; connectors point at the first");
        }
    }

    /** Adds a link from one topic to another (both indexes), beside the tree. */
    public void connect(int from, int to, String label) {
        if (from < 0 || to < 0 || from >= size() || to >= size()) {
            throw new IllegalArgumentException("connector " + from + " -> " + to + " names a topic not yet added");
        }
        connectors.add(new PendingConnector(from, to, null, label, lines[from]));
    }

    /**
     * Adds a link from a topic to the topic the file calls {@code toSourceId}, resolved when the roadmap is
     * built (the target may come later in the file); an id no topic has becomes a warning at {@code line}.
     */
    public void connect(int from, String toSourceId, String label, int line) {
        connectors.add(new PendingConnector(from, ROOT, toSourceId, label, line));
    }

    /** Makes the roadmap; {@code sourceWarnings} (from decoding) come first in the warning list. */
    public ImportResult build(String title, String format, SourceText source) {
        int n = labels.size();
        long[] hashes = new long[n];
        TopicId[] ids = new TopicId[n];
        Map<SiblingLabel, int[]> seen = new HashMap<>();
        Set<String> used = new HashSet<>(n * 2);
        long rootHash = fnv(0xcbf29ce484222325L, fileName);
        List<Topic> topics = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            heapCheck(i, n, true);
            int p = parents[i];
            long base = p == ROOT ? rootHash : hashes[p];
            String label = labels.get(i);
            int dup = seen.computeIfAbsent(new SiblingLabel(p, label), k -> new int[1])[0]++;
            long h = fnv(base ^ 0x9E3779B97F4A7C15L, label);
            h = mix(h + dup);
            hashes[i] = h;
            String id = Long.toString(h & Long.MAX_VALUE, 36);
            while (!used.add(id)) {
                id = id + "x";
            }
            ids[i] = new TopicId(id);
            StringBuilder note = notes.get(i);
            topics.add(new Topic(ids[i], p == ROOT ? null : ids[p], label, sources.get(i), lines[i], depths[i],
                    metas.get(i), checks.get(i), note == null ? "" : note.toString(), folded[i]));
        }
        List<Connector> links = new ArrayList<>(connectors.size());
        for (PendingConnector c : connectors) {
            Integer to = c.toSourceId() == null ? Integer.valueOf(c.to()) : named.get(c.toSourceId());
            if (to == null) {
                warn(c.line(), "connector points to " + c.toSourceId() + ", which no node has; dropped");
            } else {
                links.add(new Connector(ids[c.from()], ids[to], c.label()));
            }
        }
        interpretations.forEach((kind, count) -> warn(count[1], kind.message(count[0], count[1])));
        if (n >= HEAP_CHECK_EVERY) {
            HeapGuard.check(n, true); // the roadmap indexes its topics next
        }
        List<ImportWarning> all = new ArrayList<>(source.warnings());
        // Stable sort: warnings found after the walk (dangling connectors) still read in file order.
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
        all.addAll(warnings);
        return new ImportResult(new Roadmap(fileName, title, format, topics, source.text(), links), all);
    }

    /**
     * Stops the reading with {@link HeapGuard.NoRoom} when a map is too big for the heap, before it is full (every
     * {@link #HEAP_CHECK_EVERY} steps; small maps never ask). {@code topics}: how many topics were read, {@code all}
     * whether that is all of them.
     */
    private static void heapCheck(int step, int topics, boolean all) {
        if (step > 0 && step % HEAP_CHECK_EVERY == 0) {
            HeapGuard.check(topics, all);
        }
    }

    /** A connector as the file wrote it: target by index, or by the file's own id when {@code toSourceId} is set. */
    private record PendingConnector(int from, int to, String toSourceId, String label, int line) {
    }

    /**
     * FNV-1a over the UTF-8 bytes of {@code s} (an unpaired surrogate as '?', as {@code getBytes} writes it), without
     * making those bytes: ids must stay what they were, and 100,000 labels made 100,000 arrays.
     */
    static long fnv(long h, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * 0x100000001b3L;
            } else if (c < 0x800) {
                h = (h ^ (0xc0 | c >> 6)) * 0x100000001b3L;
                h = (h ^ (0x80 | c & 0x3f)) * 0x100000001b3L;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    h = (h ^ (0xf0 | cp >> 18)) * 0x100000001b3L;
                    h = (h ^ (0x80 | cp >> 12 & 0x3f)) * 0x100000001b3L;
                    h = (h ^ (0x80 | cp >> 6 & 0x3f)) * 0x100000001b3L;
                    h = (h ^ (0x80 | cp & 0x3f)) * 0x100000001b3L;
                } else {
                    h = (h ^ '?') * 0x100000001b3L;
                }
            } else {
                h = (h ^ (0xe0 | c >> 12)) * 0x100000001b3L;
                h = (h ^ (0x80 | c >> 6 & 0x3f)) * 0x100000001b3L;
                h = (h ^ (0x80 | c & 0x3f)) * 0x100000001b3L;
            }
        }
        return h;
    }

    /** A label under one parent, to count equally named siblings (a key object, not a joined string per topic). */
    private static final class SiblingLabel {
        private final int parent;
        private final String label;

        SiblingLabel(int parent, String label) {
            this.parent = parent;
            this.label = label;
        }

        @Override
        public int hashCode() {
            return 31 * parent + label.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SiblingLabel other && other.parent == parent && other.label.equals(label);
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
