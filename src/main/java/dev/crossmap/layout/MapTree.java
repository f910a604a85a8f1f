package dev.crossmap.layout;

import dev.crossmap.model.IdIndex;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The shape of a mind map, without geometry: one centre node (node 0), one node per roadmap below it,
 * and the roadmaps' topics below those. Nodes are numbered in pre-order (a node's subtree is the
 * index range {@code [node, node + subtreeSize(node))}), so every walk over it is a loop, never a
 * recursion: a 100,000-deep outline is fine. Immutable.
 */
public final class MapTree {
    /** Prefix of the synthetic ids given to roadmap nodes (topic ids never contain a colon). */
    public static final String ROADMAP_ID_PREFIX = "roadmap:";
    /** The synthetic id of the centre node. */
    public static final TopicId CENTRE_ID = new TopicId("centre:");

    private final int[] parent;
    private final int[] depth;
    private final int[] size;
    private final int[] lastChild;
    private final int[] branch;
    private final String[] label;
    private final TopicId[] id;
    private final int maxChildren;
    /** Node by id, an int a node rather than a boxed map entry. */
    private final IdIndex byId;

    private MapTree(int[] parent, String[] label, TopicId[] id) {
        int n = parent.length;
        this.parent = parent;
        this.label = label;
        this.id = id;
        this.depth = new int[n];
        this.size = new int[n];
        this.lastChild = new int[n];
        this.branch = new int[n];
        Arrays.fill(lastChild, -1);
        int[] childCount = new int[n];
        for (int i = 1; i < n; i++) {
            depth[i] = depth[parent[i]] + 1;
            lastChild[parent[i]] = i;
            childCount[parent[i]]++;
        }
        int widest = 0;
        for (int i = n - 1; i >= 0; i--) {
            size[i] += 1;
            if (i > 0) {
                size[parent[i]] += size[i];
            }
            widest = Math.max(widest, childCount[i]);
        }
        this.maxChildren = widest;
        int roadmapNo = -1;
        branch[0] = -1;
        for (int i = 1; i < n; i++) {
            if (parent[i] == 0) {
                roadmapNo++;
            }
            branch[i] = roadmapNo;
        }
        this.byId = new IdIndex(n, node -> this.id[node]);
    }

    /**
     * The map of these roadmaps: the centre labelled {@code centreLabel}, each roadmap a node labelled with
     * its title, and its topics below it in source order. When a roadmap has a single top-level topic that
     * is its title (a Markdown file's one {@code # Heading}), that topic is the roadmap's node, so the title
     * is not shown twice; otherwise the roadmap's node is synthetic, with id {@link #roadmapId(Roadmap)}.
     */
    public static MapTree of(String centreLabel, List<Roadmap> roadmaps) {
        Builder b = builder(centreLabel);
        for (Roadmap r : roadmaps) {
            List<Topic> roots = r.roots();
            Topic titleTopic = roots.size() == 1 && roots.get(0).label().strip().equals(r.title().strip())
                    ? roots.get(0) : null;
            int root = b.add(0, r.title(), titleTopic == null ? roadmapId(r) : titleTopic.id());
            Map<TopicId, Integer> nodeOf = new HashMap<>(r.size() * 2);
            for (Topic t : r.topics()) {
                if (t == titleTopic) {
                    nodeOf.put(t.id(), root);
                    continue;
                }
                Integer p = t.parent() == null ? Integer.valueOf(root) : nodeOf.get(t.parent());
                // A topic whose parent is unknown hangs off the roadmap rather than vanishing.
                nodeOf.put(t.id(), b.add(p == null ? root : p, t.label(), t.id()));
            }
        }
        return b.build();
    }

    /** The id under which a roadmap's own node is folded and found. */
    public static TopicId roadmapId(Roadmap roadmap) {
        return new TopicId(ROADMAP_ID_PREFIX + roadmap.name());
    }

    /** A builder whose node 0 is the centre, labelled {@code centreLabel}. */
    public static Builder builder(String centreLabel) {
        return new Builder(centreLabel);
    }

    /** Number of nodes, the centre included. */
    public int size() {
        return parent.length;
    }

    /** The parent node, or -1 for the centre. */
    public int parent(int node) {
        return parent[node];
    }

    /** 0 for the centre, 1 for a roadmap node, 2 for a roadmap's top-level topics, and so on. */
    public int depth(int node) {
        return depth[node];
    }

    /** Nodes in the subtree, the node itself included. */
    public int subtreeSize(int node) {
        return size[node];
    }

    public String label(int node) {
        return label[node];
    }

    public TopicId id(int node) {
        return id[node];
    }

    /** Whether the node has children at all (folded or not). */
    public boolean hasChildren(int node) {
        return size[node] > 1;
    }

    /** The first child, or -1 for a leaf. */
    public int firstChild(int node) {
        return size[node] > 1 ? node + 1 : -1;
    }

    /** The sibling after this node, or -1 for the last child. */
    public int nextSibling(int node) {
        int next = node + size[node];
        return node > 0 && next < parent.length && parent[next] == parent[node] ? next : -1;
    }

    /** The last child, or -1 for a leaf. */
    public int lastChild(int node) {
        return lastChild[node];
    }

    /** Number of children of the node with the most children. */
    public int maxChildren() {
        return maxChildren;
    }

    /** Which roadmap (0-based, in the order given) the node belongs to; -1 for the centre. */
    public int roadmapIndex(int node) {
        return branch[node];
    }

    /** The node of the {@code index}-th roadmap (0-based), or -1 when there is no such roadmap. */
    public int roadmapNode(int index) {
        int c = firstChild(0);
        for (int i = 0; i < index && c >= 0; i++) {
            c = nextSibling(c);
        }
        return index < 0 ? -1 : c;
    }

    /** Number of roadmaps (children of the centre). */
    public int roadmapCount() {
        return size.length == 0 ? 0 : (branch[branch.length - 1] + 1);
    }

    /** The node with this id (the first one, should two roadmaps share an id). */
    public OptionalInt node(TopicId topic) {
        int node = byId.find(topic);
        return node < 0 ? OptionalInt.empty() : OptionalInt.of(node);
    }

    /**
     * The folds that show every roadmap down to {@code level} levels of topics (1: only its top-level topics)
     * and hide the rest: every topic at that level that has children. "Unfold to level N".
     */
    public Set<TopicId> foldsForLevel(int level) {
        Set<TopicId> folds = new LinkedHashSet<>();
        int depth = Math.max(1, level) + 1;
        for (int v = 1; v < parent.length; v++) {
            if (this.depth[v] == depth && size[v] > 1) {
                folds.add(id[v]);
            }
        }
        return folds;
    }

    /** Collects nodes in any order as long as a parent is added before its children. */
    public static final class Builder {
        private final List<String> labels = new ArrayList<>();
        private final List<TopicId> ids = new ArrayList<>();
        private int[] parents = new int[16];

        private Builder(String centreLabel) {
            labels.add(Objects.requireNonNull(centreLabel, "centreLabel"));
            ids.add(CENTRE_ID);
            parents[0] = -1;
        }

        /** Adds a node under {@code parent} (0 for the centre) after its existing siblings; returns its number. */
        public int add(int parent, String label, TopicId id) {
            int n = labels.size();
            if (parent < 0 || parent >= n) {
                throw new IllegalArgumentException("parent " + parent + " is not a node added before");
            }
            if (n == parents.length) {
                parents = Arrays.copyOf(parents, n * 2);
            }
            parents[n] = parent;
            labels.add(Objects.requireNonNull(label, "label"));
            ids.add(Objects.requireNonNull(id, "id"));
            return n;
        }

        /** The tree, renumbered in pre-order (children keep the order they were added in). */
        public MapTree build() {
            int n = labels.size();
            int[] count = new int[n + 1];
            for (int i = 1; i < n; i++) {
                count[parents[i] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                count[i + 1] += count[i];
            }
            int[] kids = new int[Math.max(0, n - 1)];
            int[] fill = Arrays.copyOf(count, n);
            for (int i = 1; i < n; i++) {
                kids[fill[parents[i]]++] = i;
            }
            // Explicit stack: children pushed last-first so they pop in order.
            int[] order = new int[n];
            int[] stack = new int[n];
            int top = 0;
            int next = 0;
            stack[top++] = 0;
            while (top > 0) {
                int v = stack[--top];
                order[next++] = v;
                for (int k = count[v + 1] - 1; k >= count[v]; k--) {
                    stack[top++] = kids[k];
                }
            }
            int[] newIndex = new int[n];
            for (int i = 0; i < n; i++) {
                newIndex[order[i]] = i;
            }
            int[] parent = new int[n];
            String[] label = new String[n];
            TopicId[] id = new TopicId[n];
            for (int i = 0; i < n; i++) {
                int old = order[i];
                parent[i] = old == 0 ? -1 : newIndex[parents[old]];
                label[i] = labels.get(old);
                id[i] = ids.get(old);
            }
            return new MapTree(parent, label, id);
        }
    }
}
