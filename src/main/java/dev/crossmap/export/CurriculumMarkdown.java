package dev.crossmap.export;

import dev.crossmap.model.Progress;
import dev.crossmap.overlap.CurriculumItem;
import dev.crossmap.overlap.Gathered;
import dev.crossmap.overlap.MergedCurriculum;
import dev.crossmap.document.Workspace;
import java.util.Optional;

/**
 * The merged curriculum as Markdown: a title, then nested bullets (two spaces per level), each item with the
 * roadmaps that teach it, e.g. {@code - Idempotency _(5 places: senior-backend-study-path.md ×2, …)_}.
 * With a workspace, an item's gathered progress follows ({@code · done}) and its notes are quoted under it.
 * Labels are escaped so a Markdown renderer shows them as written. Written without recursion.
 */
public final class CurriculumMarkdown {
    private CurriculumMarkdown() {
    }

    /** The Markdown text; {@code ws} supplies notes and progress (empty: the outline and its sources only). */
    public static String of(MergedCurriculum curriculum, Optional<Workspace> ws, String title) {
        StringBuilder sb = new StringBuilder(curriculum.size() * 80);
        sb.append("# ").append(escape(title)).append("\n\n");
        for (MergedCurriculum.Line line : curriculum.lines()) {
            CurriculumItem item = line.item();
            String pad = "  ".repeat(line.depth());
            sb.append(pad).append("- ").append(escape(item.label())).append(" _(");
            if (item.places() > 1) {
                sb.append(item.places()).append(" places: ");
            }
            sb.append(escape(sources(item))).append(")_");
            if (ws.isPresent()) {
                Gathered g = curriculum.gather(item, ws.get()::annotation);
                if (g.progress() != Progress.NOT_STARTED) {
                    sb.append(" · ").append(g.progress().label());
                }
                sb.append('\n');
                for (Gathered.Note n : g.notes()) {
                    for (String noteLine : n.text().strip().split("\\R", -1)) {
                        sb.append(pad).append("  >").append(noteLine.isEmpty() ? "" : " " + noteLine).append('\n');
                    }
                    sb.append(pad).append("  > — _").append(escape(n.roadmap())).append("_\n");
                }
            } else {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** "a.md ×2, b.md": the roadmaps that teach an item, with a count where it is written more than once. */
    static String sources(CurriculumItem item) {
        StringBuilder sb = new StringBuilder();
        for (CurriculumItem.Taught t : item.taughtIn()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(t.roadmap());
            if (t.places() > 1) {
                sb.append(" ×").append(t.places());
            }
        }
        return sb.toString();
    }

    /**
     * Backslash-escapes what Markdown would read as markup: emphasis, code, links, HTML and entities anywhere,
     * and a heading, list marker or quote at the start.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>&~|!".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String s = sb.toString();
        if (s.startsWith("#") || s.startsWith("-") || s.startsWith("+") || s.startsWith("=")) {
            return "\\" + s;
        }
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            return s.substring(0, digits) + "\\" + s.substring(digits);
        }
        return s;
    }
}
