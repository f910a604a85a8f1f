package dev.crossmap.document;

import dev.crossmap.model.TopicId;
import java.util.Optional;
import java.util.Set;

/**
 * Where the user was looking when the workspace was saved, so reopening shows exactly what was left.
 *
 * @param zoom           map scale, 1 = 100 %
 * @param centerX        world x at the centre of the view
 * @param centerY        world y at the centre of the view
 * @param selection      the selected topic, if any
 * @param hiddenRoadmaps names of roadmaps filtered out of the map
 * @param mode           which map is shown: "roadmaps" or "merged"
 */
public record ViewState(double zoom, double centerX, double centerY, Optional<TopicId> selection,
                        Set<String> hiddenRoadmaps, String mode) {
    /** A fresh view: 100 %, centred on the origin, nothing selected, every roadmap shown. */
    public static final ViewState DEFAULT = new ViewState(1, 0, 0, Optional.empty(), Set.of(), "roadmaps");

    public ViewState {
        zoom = Double.isFinite(zoom) && zoom > 0 ? zoom : 1;
        centerX = Double.isFinite(centerX) ? centerX : 0;
        centerY = Double.isFinite(centerY) ? centerY : 0;
        selection = selection == null ? Optional.empty() : selection;
        hiddenRoadmaps = hiddenRoadmaps == null ? Set.of() : Set.copyOf(hiddenRoadmaps);
        mode = mode == null || mode.isBlank() ? "roadmaps" : mode;
    }
}
