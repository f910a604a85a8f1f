package dev.crossmap.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * XMind mind maps: the {@code content.json} of XMind 2020 and later ({@link XmindJson}) or the
 * {@code content.xml} of XMind 8 ({@link XmindXml}), as found inside an {@code .xmind} zip by
 * {@link XmindArchive} or stored by a workspace. Each sheet is a roadmap whose root is the sheet's central
 * topic; labels are tags, task markers progress, hyperlinks web links, relationships connectors, floating
 * topics branches of their own.
 */
public final class XmindReader implements OutlineReader {
    @Override
    public String format() {
        return "xmind";
    }

    @Override
    public boolean accepts(SourceText source) {
        return XmindJson.looksLike(source.text()) || XmindXml.looksLike(source.text());
    }

    /** The first sheet; a file of several sheets says so in a warning (see {@link #readAll}). */
    @Override
    public ImportResult read(SourceText source) throws ImportException {
        return first(source.fileName(), readAll(source));
    }

    /** The first of a file's sheets, with a warning naming how many more there are. */
    static ImportResult first(String fileName, List<ImportResult> sheets) {
        ImportResult first = sheets.get(0);
        if (sheets.size() == 1) {
            return first;
        }
        List<ImportWarning> warnings = new ArrayList<>(first.warnings());
        warnings.add(new ImportWarning(fileName, 0, "has " + sheets.size()
                + " sheets; only the first is read here"));
        return new ImportResult(first.roadmap(), warnings);
    }

    /** Every sheet of an {@code .xmind} zip (the bytes of the whole file). */
    List<ImportResult> readArchive(String fileName, byte[] zip) throws ImportException {
        XmindArchive.Content content = XmindArchive.content(fileName, zip);
        if (content.json()) {
            // Parsed even when it does not look like sheets, so a broken file gets the parser's line and column.
            return XmindJson.readAll(content.text());
        }
        if (!XmindXml.looksLike(content.text().text())) {
            throw new ImportException(fileName, 1, "content.xml in the zip is not an XMind map (no <xmap-content>)");
        }
        return XmindXml.readAll(content.text());
    }

    /** Every sheet, each a roadmap named after the file and, when there are several, the sheet. */
    @Override
    public List<ImportResult> readAll(SourceText source) throws ImportException {
        return XmindJson.looksLike(source.text()) ? XmindJson.readAll(source) : XmindXml.readAll(source);
    }
}
