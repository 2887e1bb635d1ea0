package com.b12consult.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's layout: a sidebar to move between screens and the current screen beside it. */
public final class MainView {
    private final MainViewModel model;
    private final Runnable closeApp;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> installed = new EnumMap<>(Screen.class);
    /** Screens installed but not built yet: built, and moved to {@link #installed}, when first shown. */
    private final Map<Screen, Supplier<? extends Node>> toBuild = new EnumMap<>(Screen.class);
    private final Node opening;
    private final Node failure;

    public MainView(MainViewModel model, Runnable closeApp) {
        this.model = model;
        this.closeApp = closeApp;
        root.getStyleClass().add("app-shell");
        root.setLeft(sidebar());
        content.getStyleClass().add("content");
        root.setCenter(content);
        opening = openingPane();
        failure = failurePane();
        model.currentScreenProperty().addListener((obs, was, now) -> showCurrent());
        model.databaseStateProperty().addListener((obs, was, now) -> showCurrent());
        showCurrent();
    }

    public Parent root() {
        return root;
    }

    /** Puts a built screen in place; until then that screen shows the database's loading state. */
    public void install(Screen screen, Node view) {
        install(screen, () -> view);
    }

    /**
     * Puts a screen in place that is built when it is first shown: the screens the user has not opened yet are not
     * built (their controls made, styled and laid out) on the way to the first one.
     */
    public void install(Screen screen, Supplier<? extends Node> view) {
        installed.remove(screen);
        toBuild.put(screen, view);
        showCurrent();
    }

    private Node sidebar() {
        Label brand = new Label("B12 Consult");
        brand.getStyleClass().add("brand");
        Label tagline = new Label("Vitamin B12 injections");
        tagline.getStyleClass().add("brand-tagline");
        VBox bar = new VBox(brand, tagline);
        bar.getStyleClass().add("sidebar");
        bar.setFillWidth(true);
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.idSuffix());
            button.setAccessibleText("Show " + screen.title());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(navigation);
            button.setUserData(screen);
            button.setMaxWidth(Double.MAX_VALUE);
            navButtons.put(screen, button);
            bar.getChildren().add(button);
        }
        navigation.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                // A second click on the current screen would leave nothing selected; keep the screen shown.
                navigation.selectToggle(was);
            } else {
                model.show((Screen) now.getUserData());
            }
        });
        model.currentScreenProperty().addListener((obs, was, now) -> navigation.selectToggle(navButtons.get(now)));
        navigation.selectToggle(navButtons.get(model.currentScreenProperty().get()));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label status = new Label();
        status.setId("databaseStatus");
        status.getStyleClass().add("sidebar-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.when(
                model.databaseStateProperty().isEqualTo(MainViewModel.DatabaseState.FAILED))
                .then("B12 Consult could not start")
                .otherwise(Bindings.createStringBinding(() -> breakablePath(model.statusDetail().get()),
                        model.statusDetail())));
        status.accessibleTextProperty().bind(model.statusDetail());
        bar.getChildren().addAll(spacer, status);
        return bar;
    }

    /**
     * The database's path may break after each folder: a path is one long word, and a sidebar 200 pixels wide
     * otherwise broke it in the middle of a folder's name. A zero-width space is a place to break, never seen.
     */
    static String breakablePath(String text) {
        return text.replaceAll("([/\\\\])", "$1\u200B");
    }

    private Node openingPane() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("quiet-progress");
        Label text = new Label();
        text.setId("databaseOpening");
        text.textProperty().bind(model.statusDetail());
        text.getStyleClass().add("muted");
        text.setWrapText(true);
        VBox box = new VBox(spinner, text);
        box.getStyleClass().add("opening-pane");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node failurePane() {
        Label title = new Label();
        title.textProperty().bind(model.failureTitleProperty());
        title.setId("databaseErrorTitle");
        title.getStyleClass().add("failure-title");
        Label detail = new Label();
        detail.setId("databaseError");
        detail.getStyleClass().add("failure-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(model.statusDetail());
        Button close = new Button("Close B12 Consult");
        close.setId("closeApp");
        close.setAccessibleText("Close B12 Consult");
        close.setOnAction(e -> closeApp.run());
        RestoreOffer offer = model.restoreOffer();
        Label offerText = new Label();
        offerText.setId("restoreOffer");
        offerText.getStyleClass().add("restore-offer");
        offerText.setWrapText(true);
        offerText.textProperty().bind(offer.textProperty());
        offerText.visibleProperty().bind(offer.textProperty().isNotEmpty());
        offerText.managedProperty().bind(offerText.visibleProperty());
        Button restore = new Button("Restore this backup");
        restore.setId("restoreBackup");
        restore.setAccessibleText("Restore the newest good backup");
        restore.getStyleClass().add("primary");
        restore.visibleProperty().bind(offer.availableProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> model.restoreNewestGoodBackup());
        Button choose = new Button("Choose the database\u2026");
        choose.setId("chooseAnotherStore");
        choose.setAccessibleText("Choose where the clinic's records are kept: this computer or the clinic server");
        choose.visibleProperty().bind(model.storeChoiceOfferedProperty());
        choose.managedProperty().bind(choose.visibleProperty());
        choose.setOnAction(e -> model.chooseAnotherStore());
        HBox actions = new HBox(restore, choose, close);
        actions.getStyleClass().add("failure-actions");
        VBox box = new VBox(title, detail, offerText, actions);
        box.getStyleClass().add("failure-panel");
        box.setMaxWidth(640);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private void showCurrent() {
        Screen screen = model.currentScreenProperty().get();
        Node shown;
        if (model.databaseStateProperty().get() == MainViewModel.DatabaseState.FAILED) {
            shown = failure;
        } else if (model.currentScreenWaitsForDatabase().get()
                || !installed.containsKey(screen) && !toBuild.containsKey(screen)) {
            shown = opening;
        } else {
            shown = installed.computeIfAbsent(screen, s -> toBuild.remove(s).get());
        }
        content.getChildren().setAll(shown);
    }
}
