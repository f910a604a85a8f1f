package dev.crossmap.storage;

import dev.crossmap.document.AnnotationEdit;
import dev.crossmap.document.History;
import dev.crossmap.document.Workspace;
import dev.crossmap.document.WorkspaceListener;
import dev.crossmap.model.TopicId;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Child process for {@link AutosaveKillTest}: a user typing a note keystroke by keystroke with autosave on,
 * the way the window wires it (every change hands a snapshot to {@link Autosave}). Prints "typed N" after
 * each keystroke and "idle" when done, then waits to be killed. Arguments: recovery file, text, and
 * optionally milliseconds between keystrokes (default 40).
 */
public final class EditSession {
    private EditSession() {
    }

    public static void main(String[] args) throws Exception {
        Path recovery = Path.of(args[0]);
        String text = args[1];
        long keystrokeMs = args.length > 2 ? Long.parseLong(args[2]) : 40;
        Workspace ws = new Workspace(new Importer().importBundled().stream().map(ImportResult::roadmap).toList());
        History history = new History(ws);
        Autosave autosave = new Autosave(recovery, Autosave.DEFAULT_DELAY, e -> System.out.println("error " + e));
        ws.addListener(new WorkspaceListener() {
            @Override
            public void annotationsChanged(java.util.Set<TopicId> topics) {
                autosave.changed(ws.snapshot());
            }
        });
        TopicId topic = ws.roadmaps().get(0).topics().get(5).id();
        for (int i = 1; i <= text.length(); i++) {
            history.perform(AnnotationEdit.typing(ws, topic, text.substring(0, i), "topic"));
            System.out.println("typed " + i);
            System.out.flush();
            Thread.sleep(keystrokeMs);
        }
        history.perform(AnnotationEdit.of(ws, List.of(topic), a -> a.withTags(List.of("crash-test")), "tags"));
        System.out.println("idle");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
