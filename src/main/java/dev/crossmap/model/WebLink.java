package dev.crossmap.model;

import java.util.Objects;

/**
 * A web address an author attached to a topic: the target of {@code [Label](url)}, a resource link of a
 * roadmap.sh topic, a Freeplane {@code LINK=}. Shown clickable in the topic panel and written back by every
 * export.
 *
 * @param title what the author called the link ("" when the link was the label itself)
 * @param url   the address as written (absolute, relative or an anchor)
 */
public record WebLink(String title, String url) {
    public WebLink {
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(url, "url");
        url = url.strip();
    }

    /** The link as a reader names it: the title, or the address when it has none. */
    public String shownText() {
        return title.isEmpty() ? url : title;
    }
}
