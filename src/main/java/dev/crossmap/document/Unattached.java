package dev.crossmap.document;

import dev.crossmap.model.Annotation;

/**
 * A note (with its progress and tags) whose topic is gone after a re-import: kept, shown to the user and
 * saved, never dropped.
 *
 * @param formerId   the id the topic had
 * @param anchor     where the topic stood
 * @param annotation what the user had written
 */
public record Unattached(String formerId, Anchor anchor, Annotation annotation) {
}
