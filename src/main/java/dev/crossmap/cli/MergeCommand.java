package dev.crossmap.cli;

import dev.crossmap.export.CurriculumMarkdown;
import dev.crossmap.export.CurriculumOpml;
import dev.crossmap.export.MapFreeplane;
import dev.crossmap.export.MapOutline;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.outline.ImportException;
import dev.crossmap.overlap.MergedCurriculum;
import dev.crossmap.document.Workspace;
import dev.crossmap.storage.WorkspaceFile;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code crossmap merge [--format md|opml|mm] [FILE…]}: the merged curriculum (each concept once, under its
 * most common parent, with the roadmaps that teach it) as Markdown, OPML 2.0 or a Freeplane mind map. From a workspace file, the
 * curated atlas, with the notes and progress of all occurrences brought together.
 */
final class MergeCommand implements Command {
    static final String TITLE = "Merged curriculum";

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String usage() {
        return "merge [--format md|opml|mm] [--warnings] [FILE...]";
    }

    @Override
    public String summary() {
        return "print the merged curriculum: every concept once, under its most common parent, with the roadmaps "
                + "that teach it (no FILE: the bundled roadmaps; a workspace: with its notes and progress)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ImportException {
        Arguments a = Arguments.parse(args, Set.of(ImportNotes.FLAG), Set.of("--format"));
        String format = a.value("--format").orElse("md");
        if (!format.equals("md") && !format.equals("opml") && !format.equals("mm")) {
            throw new UsageException("--format is md, opml or mm, not " + format);
        }
        Workspace ws = Inputs.load(a.files(), a.has(ImportNotes.FLAG), err).workspace();
        Atlas atlas = CliMatcher.create(err).match(ws.roadmaps(), ws.decisions(), ws.conceptNames());
        MergedCurriculum curriculum = MergedCurriculum.of(atlas);
        boolean fromWorkspace = a.files().size() == 1 && WorkspaceFile.isWorkspace(a.files().get(0));
        Optional<Workspace> annotations = fromWorkspace ? Optional.of(ws) : Optional.empty();
        out.print(switch (format) {
            case "md" -> CurriculumMarkdown.of(curriculum, annotations, TITLE);
            case "opml" -> CurriculumOpml.of(curriculum, annotations, TITLE);
            default -> MapFreeplane.of(MapOutline.of(curriculum, annotations, TITLE));
        });
        return 0;
    }

}
