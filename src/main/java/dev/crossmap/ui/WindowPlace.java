package dev.crossmap.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where the user left it, unless that place is on no screen any more. */
final class WindowPlace {
    private WindowPlace() {
    }

    static void restore(Stage stage, AppSettings settings) {
        settings.window().ifPresent(b -> {
            Rectangle2D r = new Rectangle2D(b.x(), b.y(), b.width(), b.height());
            boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(r));
            if (visible) {
                stage.setX(b.x());
                stage.setY(b.y());
            }
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    /** Copies the window's place into the settings; false when there is nothing sensible to keep. */
    static boolean remember(Stage stage, AppSettings settings) {
        if (stage.isIconified() || stage.getWidth() <= 0 || Double.isNaN(stage.getWidth())) {
            return false;
        }
        settings.setWindow(new AppSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        return true;
    }
}
