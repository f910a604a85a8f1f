package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links from notes reach a browser only when they are web links, through the opener a Linux desktop prefers. */
class SystemBrowserTest {
    @TempDir
    Path dir;

    @Test
    void onlyWebAndMailLinksGoToABrowser() {
        assertTrue(SystemBrowser.isWebLink("https://en.wikipedia.org/wiki/Pagination_(computing)"));
        assertTrue(SystemBrowser.isWebLink("MAILTO:me@example.org"));
        assertFalse(SystemBrowser.isWebLink("file:///etc/passwd"), "a note cannot open local files");
        assertFalse(SystemBrowser.isWebLink("notes.md"), "a relative link has nowhere to go");
        assertFalse(SystemBrowser.isWebLink("javascript:alert(1)"));
        assertFalse(SystemBrowser.isWebLink("https://bad host/"));
    }

    @Test
    void xdgOpenIsPreferredAndOnlyExecutablesCount() throws Exception {
        Path first = Files.createDirectory(dir.resolve("a"));
        Path second = Files.createDirectory(dir.resolve("b"));
        Path firefox = Files.writeString(first.resolve("firefox"), "#!/bin/sh\n");
        Path xdg = Files.writeString(second.resolve("xdg-open"), "#!/bin/sh\n");
        String path = first + File.pathSeparator + second;
        assertEquals(Optional.empty(), SystemBrowser.opener(path), "files that cannot run are not openers");
        assertTrue(firefox.toFile().setExecutable(true) && xdg.toFile().setExecutable(true));
        assertEquals(Optional.of(xdg), SystemBrowser.opener(path), "xdg-open wins, wherever it is on the PATH");
        assertEquals(Optional.empty(), SystemBrowser.opener(null));
    }
}
