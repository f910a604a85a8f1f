package dev.crossmap.export;

import dev.crossmap.overlap.CurriculumItem;
import dev.crossmap.overlap.Gathered;
import dev.crossmap.overlap.MergedCurriculum;
import dev.crossmap.model.Progress;
import dev.crossmap.document.Workspace;
import java.util.List;
import java.util.Optional;

/**
 * The merged curriculum as OPML 2.0: one {@code <outline>} per item, nested as the items nest, with the
 * label in {@code text}, the roadmaps that teach it in {@code roadmaps} and {@code places}, and (with a
 * workspace) the gathered progress in {@code progress} and the notes in {@code _note}. Written without
 * recursion, so any depth fits; Crossmap's own OPML reader reads it back to the same tree.
 */
public final class CurriculumOpml {
    /** Indentation stops growing here: it is only for people, and deep trees would get quadratic in size. */
    private static final int MAX_INDENT = 32;

    private CurriculumOpml() {
    }

    /** The OPML text; {@code ws} supplies notes and progress (empty: the outline and its sources only). */
    public static String of(MergedCurriculum curriculum, Optional<Workspace> ws, String title) {
        StringBuilder sb = new StringBuilder(curriculum.size() * 80);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>")
          .append(XmlText.attribute(title)).append("</title>\n  </head>\n  <body>\n");
        List<MergedCurriculum.Line> lines = curriculum.lines();
        for (int i = 0; i < lines.size(); i++) {
            MergedCurriculum.Line line = lines.get(i);
            int nextDepth = i + 1 < lines.size() ? lines.get(i + 1).depth() : 0;
            indent(sb, line.depth());
            CurriculumItem item = line.item();
            sb.append("<outline text=\"").append(XmlText.attribute(XmlText.html(item.label()))).append('"')
              .append(" roadmaps=\"").append(XmlText.attribute(CurriculumMarkdown.sources(item))).append('"')
              .append(" places=\"").append(item.places()).append('"');
            if (ws.isPresent()) {
                Gathered g = curriculum.gather(item, ws.get()::annotation);
                if (g.progress() != Progress.NOT_STARTED) {
                    sb.append(" progress=\"").append(g.progress().key()).append('"');
                }
                if (!g.notes().isEmpty()) {
                    sb.append(" _note=\"").append(XmlText.attribute(notes(g))).append('"');
                }
            }
            if (nextDepth > line.depth()) {
                sb.append(">\n");
            } else {
                sb.append("/>\n");
                for (int d = line.depth() - 1; d >= nextDepth; d--) {
                    indent(sb, d);
                    sb.append("</outline>\n");
                }
            }
        }
        sb.append("  </body>\n</opml>\n");
        return sb.toString();
    }

    private static String notes(Gathered g) {
        StringBuilder sb = new StringBuilder();
        for (Gathered.Note n : g.notes()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(g.notes().size() > 1 ? n.roadmap() + ": " : "").append(n.text().strip());
        }
        return sb.toString();
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("    ");
        for (int i = 0; i < Math.min(depth, MAX_INDENT); i++) {
            sb.append("  ");
        }
    }
}
