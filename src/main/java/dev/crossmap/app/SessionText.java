package dev.crossmap.app;

import dev.crossmap.document.Workspace;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Progress;
import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.overlap.OverlapSummary;
import java.nio.file.Path;

/** The words the window shows about the open document: status summary, progress summary, title. */
public final class SessionText {
    private SessionText() {
    }

    /** "5 roadmaps, 1,234 topics, 224 shared concepts (116 in 2 roadmaps · 43 in 3)". */
    static String summary(Workspace ws, Atlas atlas, String spread) {
        int maps = ws.roadmaps().size();
        int topics = ws.topicCount();
        int shared = atlas.concepts().size();
        return String.format("%d %s, %,d %s", maps, maps == 1 ? "roadmap" : "roadmaps", topics, topics == 1 ? "topic" : "topics")
                + (shared == 0 ? "" : String.format(", %,d shared concepts", shared) + spread);
    }

    /** " (94 in 2 roadmaps · 26 in 3 · 9 in 4 · 3 in 5)": how widely the concepts are shared. */
    static String spread(Atlas a) {
        OverlapSummary s = CoverageMatrix.of(a).summary();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (var e : s.bySpread().entrySet()) {
            if (e.getKey() >= 2) {
                sb.append(first ? " (" : " \u00b7 ").append(String.format("%,d", e.getValue())).append(" in ")
                        .append(e.getKey()).append(first ? " roadmaps" : "");
                first = false;
            }
        }
        return first ? "" : sb.append(')').toString();
    }

    /** "12 done · 3 learning · 1%", or "" for an empty workspace. */
    public static String progress(Workspace ws) {
        int done = ws.count(Progress.DONE);
        int learning = ws.count(Progress.LEARNING);
        int total = ws.topicCount();
        return total == 0 ? "" : String.format("%,d done \u00b7 %,d learning \u00b7 %d%%", done, learning,
                Math.round(100.0 * done / total));
    }

    /**
     * The window title: "*" when unsaved, then the file; before it is saved a workspace is named by what it
     * holds ("5 roadmaps", or the one roadmap's name).
     */
    static String title(Workspace ws, Path file, boolean dirty) {
        int n = ws.roadmaps().size();
        String name = file != null ? file.getFileName().toString()
                : n == 0 ? "" : n == 1 ? ws.roadmaps().get(0).name() : n + " roadmaps";
        return (dirty ? "*" : "") + (name.isEmpty() ? "Crossmap" : name + " \u2014 Crossmap");
    }
}
