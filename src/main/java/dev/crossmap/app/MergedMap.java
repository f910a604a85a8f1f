package dev.crossmap.app;

import dev.crossmap.model.Atlas;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.OutlineBuilder;
import dev.crossmap.outline.SourceText;
import dev.crossmap.overlap.CurriculumItem;
import dev.crossmap.overlap.MergedCurriculum;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merged curriculum as something the mind map can draw: one roadmap whose topics are the curriculum's
 * items (each concept once), and the way back from a drawn topic to the item and its real topics.
 */
public final class MergedMap {
    /** The names of the drawn roadmaps start with this. */
    public static final String NAME = "Merged curriculum";

    private final MergedCurriculum curriculum;
    private final List<Roadmap> roadmaps = new java.util.ArrayList<>();
    private final Map<TopicId, CurriculumItem> itemOf = new HashMap<>();
    private final Map<Integer, TopicId> drawnOf = new HashMap<>();

    private MergedMap(MergedCurriculum curriculum) {
        this.curriculum = curriculum;
        // One drawn roadmap per top-level item, so the map balances them left and right of the centre.
        List<MergedCurriculum.Line> lines = curriculum.lines();
        int start = 0;
        while (start < lines.size()) {
            int end = start + 1;
            while (end < lines.size() && lines.get(end).depth() > 0) {
                end++;
            }
            addRoadmap(lines.subList(start, end), roadmaps.size());
            start = end;
        }
    }

    private void addRoadmap(List<MergedCurriculum.Line> lines, int number) {
        String name = NAME + " " + (number + 1);
        OutlineBuilder b = new OutlineBuilder(name);
        int[] openAt = new int[16];
        Arrays.fill(openAt, OutlineBuilder.ROOT);
        int[] builderIndexOfItem = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            MergedCurriculum.Line line = lines.get(i);
            int d = line.depth();
            if (d >= openAt.length) {
                openAt = Arrays.copyOf(openAt, Math.max(d + 1, openAt.length * 2));
            }
            int parent = d == 0 ? OutlineBuilder.ROOT : openAt[d - 1];
            int t = b.add(parent, line.item().label(), line.item().label(), i + 1);
            openAt[d] = t;
            builderIndexOfItem[i] = t;
        }
        Roadmap roadmap = b.build(lines.get(0).item().label(), "merged", new SourceText(name, "", List.of())).roadmap();
        roadmaps.add(roadmap);
        List<Topic> topics = roadmap.topics();
        for (int i = 0; i < lines.size(); i++) {
            TopicId drawn = topics.get(builderIndexOfItem[i]).id();
            CurriculumItem item = lines.get(i).item();
            itemOf.put(drawn, item);
            drawnOf.put(item.index(), drawn);
        }
    }

    /** The merged curriculum of an atlas, ready to draw. */
    public static MergedMap of(Atlas atlas) {
        return new MergedMap(MergedCurriculum.of(atlas));
    }

    public MergedCurriculum curriculum() {
        return curriculum;
    }

    /** The roadmaps the map draws: one per top-level item of the curriculum. */
    public List<Roadmap> roadmaps() {
        return List.copyOf(roadmaps);
    }

    /** The item a drawn topic stands for. */
    public Optional<CurriculumItem> item(TopicId drawn) {
        return Optional.ofNullable(itemOf.get(drawn));
    }

    /** The drawn topic that stands for a real topic of a roadmap. */
    public Optional<TopicId> drawn(TopicId real) {
        return curriculum.itemOf(real).map(i -> drawnOf.get(i.index()));
    }

    /** Every drawn topic with its item. */
    public Map<TopicId, CurriculumItem> items() {
        return java.util.Collections.unmodifiableMap(itemOf);
    }
}
