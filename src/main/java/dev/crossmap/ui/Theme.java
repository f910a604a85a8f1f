package dev.crossmap.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.crossmap.paint.MapStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The app's look: AtlantaFX's Primer theme, light or dark. The theme is the toolkit's user-agent stylesheet,
 * so it is one for the whole app; views that draw their own pixels (the mind map, the heat map) follow
 * {@link #current()}.
 */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet()),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet());

    private static final ObjectProperty<Theme> CURRENT = new SimpleObjectProperty<>(LIGHT);

    private final String title;
    private final String stylesheet;

    Theme(String title, String stylesheet) {
        this.title = title;
        this.stylesheet = stylesheet;
    }

    /** The name shown in View > Theme. */
    public String title() {
        return title;
    }

    /** The name kept in the settings file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme of a settings id, if it names one. */
    public static Optional<Theme> ofId(String id) {
        for (Theme t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public boolean isDark() {
        return this == DARK;
    }

    /** The mind map's look under this theme (exports keep the light one unless asked). */
    public MapStyle mapStyle() {
        return MapStyle.of(isDark());
    }

    /**
     * The map style of the theme in use, following every switch. Each call is a new binding that listens
     * weakly, so a view bound to it can go away with its window.
     */
    public static ObjectBinding<MapStyle> currentMapStyle() {
        return Bindings.createObjectBinding(() -> CURRENT.get().mapStyle(), CURRENT);
    }

    /** Makes this the look of every window (on the FX thread). */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
        CURRENT.set(this);
    }

    /** The theme in use; views that paint themselves listen to it. */
    public static ReadOnlyObjectProperty<Theme> current() {
        return CURRENT;
    }

    /** The stylesheets every scene of ours carries over the theme: ControlsFX's bridge, then our own. */
    public static java.util.List<String> sceneStylesheets() {
        return java.util.List.of(Theme.class.getResource("controlsfx-bridge.css").toExternalForm(),
                Theme.class.getResource("crossmap.css").toExternalForm());
    }
}
