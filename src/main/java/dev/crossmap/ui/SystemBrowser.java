package dev.crossmap.ui;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextField;

/**
 * Opens a link from a note or a topic in the user's browser, or says why it cannot (no browser found, not a web
 * link) with the address to copy. JavaFX's own {@code showDocument} prints a stack trace and shows nothing when
 * Linux has no browser, so there we look for an opener ourselves.
 */
final class SystemBrowser implements Consumer<String> {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final List<String> LINUX_OPENERS = List.of("xdg-open", "sensible-browser", "x-www-browser",
            "firefox", "chromium", "google-chrome");
    private final HostServices host;

    SystemBrowser(HostServices host) {
        this.host = host;
    }

    @Override
    public void accept(String url) {
        if (!isWebLink(url)) {
            tell("Crossmap opens web links only (http, https, mailto).", url);
        } else if (!open(url)) {
            tell("No web browser was found to open this link. Copy it and open it yourself.", url);
        }
    }

    /** Whether Crossmap hands this address to a browser: web and mail links only, never files or programs. */
    static boolean isWebLink(String url) {
        try {
            String scheme = new URI(url == null ? "" : url.strip()).getScheme();
            return scheme != null && SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The first browser opener on this {@code PATH}, in the order a Linux desktop prefers them. */
    static Optional<Path> opener(String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String name : LINUX_OPENERS) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Path p = Path.of(dir, name);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean open(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("windows")) {
            host.showDocument(url);
            return true;
        }
        Optional<Path> opener = opener(System.getenv("PATH"));
        if (opener.isEmpty()) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(opener.get().toString(), url.strip())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // xdg-open with no browser behind it exits non-zero (3): say so then, not silently.
            p.onExit().thenAccept(done -> {
                if (done.exitValue() != 0) {
                    Platform.runLater(() -> tell("No web browser could open this link ("
                            + opener.get().getFileName() + " said " + done.exitValue() + "). Copy it and open it yourself.", url));
                }
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void tell(String what, String url) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Open link");
        alert.setHeaderText(what);
        TextField address = new TextField(url);
        address.setEditable(false);
        address.setPrefColumnCount(40);
        alert.getDialogPane().setContent(address);
        alert.getDialogPane().setId("linkMessage");
        alert.show();
    }
}
