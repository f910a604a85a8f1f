package dev.crossmap.ui;

import dev.crossmap.app.DocumentSession;
import dev.crossmap.model.Progress;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The menu bar: File, Edit, View, Help. Every item calls the window, the session or the map; none holds
 * logic of its own.
 */
final class AppMenus {
    private final MainWindow window;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open _Recent");

    AppMenus(MainWindow window, DocumentSession session, MapPane map) {
        this.window = window;
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        recent.setId("menuOpenRecent");

        Menu file = new Menu("_File");
        file.setId("menuFile");
        file.getItems().addAll(
                item("_New", "menuNew", Shortcut.NEW, window.files()::newWorkspace),
                item("_Open\u2026", "menuOpen", Shortcut.OPEN, window.files()::chooseAndOpen),
                recent,
                item("_Add Roadmaps\u2026", "menuAdd", Shortcut.ADD_ROADMAPS, window.files()::chooseAndAdd),
                new SeparatorMenuItem(),
                item("_Save", "menuSave", Shortcut.SAVE, window.files()::save),
                item("Save _As\u2026", "menuSaveAs", Shortcut.SAVE_AS, window.files()::saveAs),
                exportMenu(window, session, map),
                new SeparatorMenuItem(),
                item("_Quit", "menuQuit", Shortcut.QUIT, window.files()::quit));

        Menu edit = new Menu("_Edit");
        edit.setId("menuEdit");
        MenuItem undo = item("_Undo", "menuUndo", Shortcut.UNDO, session::undo);
        MenuItem redo = item("_Redo", "menuRedo", Shortcut.REDO, session::redo);
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Mark _Done", "menuMarkDone", Shortcut.MARK_DONE, () -> window.setProgressOfSelection(Progress.DONE)),
                item("Mark _Learning", "menuMarkLearning", Shortcut.MARK_LEARNING, () -> window.setProgressOfSelection(Progress.LEARNING)),
                item("Mark _Skipped", "menuMarkSkipped", Shortcut.MARK_SKIPPED, () -> window.setProgressOfSelection(Progress.SKIPPED)),
                item("Mark _Not Started", "menuMarkNotStarted", Shortcut.MARK_NOT_STARTED, () -> window.setProgressOfSelection(Progress.NOT_STARTED)));
        edit.setOnShowing(e -> {
            undo.setText(session.history().undoDescription().map(d -> "_Undo " + d).orElse("_Undo"));
            undo.setDisable(!session.history().canUndo());
            redo.setText(session.history().redoDescription().map(d -> "_Redo " + d).orElse("_Redo"));
            redo.setDisable(!session.history().canRedo());
        });

        Menu view = new Menu("_View");
        view.setId("menuView");
        CheckMenuItem showDetails = new CheckMenuItem("Show _Details Panel");
        showDetails.setId("menuShowDetails");
        showDetails.setSelected(true);
        MenuKeys.show(showDetails, Shortcut.DETAILS);
        showDetails.selectedProperty().addListener((o, was, now) -> window.toggleDetails(now));
        Menu level = new Menu("Unfold to _Level");
        level.setId("menuUnfoldToLevel");
        for (int i = 1; i <= 9; i++) {
            int n = i;
            level.getItems().add(MenuKeys.show(item("Level _" + i, "menuLevel" + i, null, () -> map.unfoldToLevel(n)),
                    Shortcut.UNFOLD_TO_LEVEL, i - 1));
        }
        Menu theme = new Menu("_Theme");
        theme.setId("menuTheme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.title());
            choice.setId("menuTheme" + t.title());
            choice.setToggleGroup(themes);
            choice.setSelected(Theme.current().get() == t);
            choice.setOnAction(e -> window.settings().setTheme(t));
            theme.getItems().add(choice);
        }
        Theme.current().addListener((o, was, now) -> themes.getToggles().forEach(
                tg -> tg.setSelected(((RadioMenuItem) tg).getText().equals(now.title()))));
        view.getItems().addAll(
                item("_Find\u2026", "menuFind", Shortcut.FIND, map::focusSearch),
                new SeparatorMenuItem(),
                item("_Unfold All", "menuExpandAll", Shortcut.UNFOLD_ALL, () -> map.expandAll(true)),
                item("_Fold All", "menuCollapseAll", Shortcut.FOLD_ALL, () -> map.expandAll(false)),
                level,
                new SeparatorMenuItem(),
                item("Zoom _In", "menuZoomIn", Shortcut.ZOOM_IN, () -> map.zoom(1)),
                item("Zoom _Out", "menuZoomOut", Shortcut.ZOOM_OUT, () -> map.zoom(-1)),
                item("Zoom to Fi_t", "menuZoomFit", Shortcut.ZOOM_FIT, () -> map.zoom(0)),
                item("Zoom to _Selection", "menuZoomSelection", Shortcut.ZOOM_SELECTION, map::zoomToSelection),
                new SeparatorMenuItem(),
                item("_Mind Map", "menuMapMode", Shortcut.MAP_MODE, () -> window.showOutline(false)),
                item("Out_line", "menuOutlineMode", Shortcut.OUTLINE_MODE, () -> window.showOutline(true)),
                showDetails,
                item("_Concepts Panel", "menuConcepts", Shortcut.CONCEPTS, () -> window.showSideTab(SideTabs.CONCEPTS)),
                item("Co_verage Matrix", "menuCoverage", Shortcut.COVERAGE, window::showCoverage),
                item("Continue _Where I Left Off", "menuContinue", Shortcut.CONTINUE,
                        () -> window.showSideTab(SideTabs.CONTINUE)),
                new SeparatorMenuItem(),
                theme);

        Menu help = new Menu("_Help");
        help.setId("menuHelp");
        help.getItems().addAll(item("_Keyboard Shortcuts", "menuShortcuts", Shortcut.SHORTCUTS,
                () -> ShortcutsWindow.show(bar.getScene().getWindow())), item("_About Crossmap", "menuAbout", null, window::about));

        bar.getMenus().addAll(file, edit, view, help);
        MenuKeys.keepMapKeysLocal(bar);
        refreshRecent();
    }

    private static Menu exportMenu(MainWindow window, DocumentSession session, MapPane map) {
        ExportActions exports = window.exports();
        Menu export = new Menu("_Export");
        export.setId("menuExport");
        export.getItems().addAll(
                item("Current View as _PNG\u2026", "menuExportViewPng", null, () -> exports.mapImage(map.map(), session.workspace(), session.atlas(), false, false)),
                item("Current View as S_VG\u2026", "menuExportViewSvg", null, () -> exports.mapImage(map.map(), session.workspace(), session.atlas(), false, true)),
                item("Whole Map as P_NG\u2026", "menuExportMapPng", null, () -> exports.mapImage(map.map(), session.workspace(), session.atlas(), true, false)),
                item("Whole Map as SV_G\u2026", "menuExportMapSvg", null, () -> exports.mapImage(map.map(), session.workspace(), session.atlas(), true, true)),
                item("Whole Map as Mar_kdown\u2026", "menuExportMapMd", null,
                        () -> exports.wholeMap(session.workspace(), dev.crossmap.export.MapText.MARKDOWN)),
                item("Whole Map as OPM_L\u2026", "menuExportMapOpml", null,
                        () -> exports.wholeMap(session.workspace(), dev.crossmap.export.MapText.OPML)),
                item("Whole Map as _Freeplane Mind Map (.mm)\u2026", "menuExportMapMm", null,
                        () -> exports.wholeMap(session.workspace(), dev.crossmap.export.MapText.FREEPLANE)),
                new SeparatorMenuItem(),
                item("Coverage Matrix as _CSV\u2026", "menuExportCsv", null, () -> exports.coverageCsv(session.atlas())),
                item("Coverage Matrix as P_icture (PNG)\u2026", "menuExportMatrixPng", null, () -> exports.coveragePng(session.atlas())),
                item("Merged Curriculum as _Markdown\u2026", "menuExportMd", null, () -> exports.curriculum(session.atlas(), session.workspace(), false)),
                item("Merged Curriculum as _OPML\u2026", "menuExportOpml", null, () -> exports.curriculum(session.atlas(), session.workspace(), true)),
                new SeparatorMenuItem(),
                windowLook(exports));
        return export;
    }

    /** Pictures (map and coverage) in the window's look: dark in the dark theme; light (for printing) by default. */
    private static CheckMenuItem windowLook(ExportActions exports) {
        CheckMenuItem windowLook = new CheckMenuItem("Pictures in the Window's _Look");
        windowLook.setId("menuExportWindowLook");
        windowLook.selectedProperty().bindBidirectional(exports.windowLookProperty());
        return windowLook;
    }

    MenuBar bar() {
        return bar;
    }

    /** Rebuilds Open Recent from the settings. */
    void refreshRecent() {
        recent.getItems().clear();
        List<Path> files = window.settings().recentFiles();
        for (Path p : files) {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> window.files().openRecent(p));
            recent.getItems().add(m);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().add(new SeparatorMenuItem());
            recent.getItems().add(item("_Clear Recent", "menuClearRecent", null, () -> {
                window.settings().clearRecent();
                refreshRecent();
            }));
        }
    }

    private static MenuItem item(String text, String id, Shortcut key, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (key != null) {
            MenuKeys.show(m, key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
