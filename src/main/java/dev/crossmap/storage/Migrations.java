package dev.crossmap.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings a workspace written by an older Crossmap to the current format, one version at a time.
 * Version 1 held only the roadmaps' names, formats and sources; version 2 added topics (notes, progress,
 * tags), unattached notes, curation decisions and concept names, fold state, the view and preferences, all optional.
 */
final class Migrations {
    private Migrations() {
    }

    /** The document in the current format (the same object, changed in place). */
    static ObjectNode toCurrent(ObjectNode doc, int version) {
        if (version <= 1) {
            // 1 → 2: every new section is optional and starts empty.
            doc.putObject("topics");
            doc.putArray("unattached");
            doc.putArray("folded");
        }
        return doc;
    }
}
