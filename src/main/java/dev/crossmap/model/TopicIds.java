package dev.crossmap.model;

import java.util.List;

/**
 * The topics of several roadmaps by id, for an {@link Atlas}: which roadmap holds an id and its topic, in
 * about 12 bytes a topic (an id array and an {@link IdIndex}) instead of a HashMap entry per topic.
 * Rejects an id found in two roadmaps. Immutable.
 */
final class TopicIds {
    private final List<Roadmap> roadmaps;
    /** Where each roadmap's topics start in the end-to-end numbering; one more entry for the total. */
    private final int[] starts;
    private final TopicId[] ids;
    private final IdIndex index;

    TopicIds(List<Roadmap> roadmaps) {
        this.roadmaps = roadmaps;
        this.starts = new int[roadmaps.size() + 1];
        for (int r = 0; r < roadmaps.size(); r++) {
            starts[r + 1] = starts[r] + roadmaps.get(r).size();
        }
        this.ids = new TopicId[starts[roadmaps.size()]];
        for (int r = 0; r < roadmaps.size(); r++) {
            List<Topic> topics = roadmaps.get(r).topics();
            for (int i = 0; i < topics.size(); i++) {
                ids[starts[r] + i] = topics.get(i).id();
            }
        }
        this.index = new IdIndex(ids.length, g -> ids[g]);
        if (index.firstDuplicate() >= 0) {
            throw new IllegalArgumentException("topic id " + ids[index.firstDuplicate()] + " is in two roadmaps");
        }
    }

    /** How many topics all the roadmaps hold. */
    int size() {
        return ids.length;
    }

    /** Where this topic is in the roadmaps' topics laid end to end, or -1. */
    int position(TopicId id) {
        return index.find(id);
    }

    /** The id at a position of {@link #position}. */
    TopicId at(int position) {
        return ids[position];
    }

    /** The position in the list of roadmaps of the one holding this topic, or -1. */
    int roadmap(TopicId id) {
        int g = index.find(id);
        return g < 0 ? -1 : roadmapAt(g);
    }

    /** The topic with this id, or null. */
    Topic topic(TopicId id) {
        int g = index.find(id);
        if (g < 0) {
            return null;
        }
        int r = roadmapAt(g);
        return roadmaps.get(r).topics().get(g - starts[r]);
    }

    /** The topic at a position of {@link #position}. */
    Topic topicAt(int g) {
        int r = roadmapAt(g);
        return roadmaps.get(r).topics().get(g - starts[r]);
    }

    /**
     * The position in the list of roadmaps of the one holding the topic at a position of {@link #position}: the last
     * roadmap starting at or before it (empty roadmaps start where the next does).
     */
    int roadmapAt(int g) {
        int lo = 0;
        int hi = roadmaps.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= g) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
