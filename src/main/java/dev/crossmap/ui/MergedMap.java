package dev.crossmap.ui;

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
final class MergedMap {
    /** The name of the drawn roadmap. */
    static final String NAME = "Merged curriculum";

    private final MergedCurriculum curriculum;
    private final Roadmap roadmap;
    private final Map<TopicId, CurriculumItem> itemOf = new HashMap<>();
    private final Map<Integer, TopicId> drawnOf = new HashMap<>();

    private MergedMap(MergedCurriculum curriculum) {
        this.curriculum = curriculum;
        OutlineBuilder b = new OutlineBuilder(NAME);
        List<MergedCurriculum.Line> lines = curriculum.lines();
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
        roadmap = b.build(NAME, "merged", new SourceText(NAME, "", List.of())).roadmap();
        List<Topic> topics = roadmap.topics();
        for (int i = 0; i < lines.size(); i++) {
            TopicId drawn = topics.get(builderIndexOfItem[i]).id();
            CurriculumItem item = lines.get(i).item();
            itemOf.put(drawn, item);
            drawnOf.put(item.index(), drawn);
        }
    }

    /** The merged curriculum of an atlas, ready to draw. */
    static MergedMap of(Atlas atlas) {
        return new MergedMap(MergedCurriculum.of(atlas));
    }

    MergedCurriculum curriculum() {
        return curriculum;
    }

    /** The roadmap the map draws. */
    Roadmap roadmap() {
        return roadmap;
    }

    /** The item a drawn topic stands for. */
    Optional<CurriculumItem> item(TopicId drawn) {
        return Optional.ofNullable(itemOf.get(drawn));
    }

    /** The drawn topic that stands for a real topic of a roadmap. */
    Optional<TopicId> drawn(TopicId real) {
        return curriculum.itemOf(real).map(i -> drawnOf.get(i.index()));
    }

    /** Every drawn topic with its item. */
    Map<TopicId, CurriculumItem> items() {
        return itemOf;
    }
}
