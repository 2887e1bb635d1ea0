package com.b12consult.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The window a preview harness (CheckPreview, ConsultPreview, HandoutPreview, ...) shows its screen in, for a
 * screenshot under Xvfb: the app's stylesheets, no decorations, at the screen's corner, at the size asked for.
 */
public final class PreviewWindow {
    private PreviewWindow() {
    }

    /** The scene of {@code root} at {@code size}, written {@code WIDTHxHEIGHT} (e.g. {@code 1280x720}). */
    public static Scene scene(Parent root, String size) {
        String[] wh = size.split("x");
        Scene scene = new Scene(root, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        scene.getStylesheets().setAll(Stylesheets.all());
        return scene;
    }

    /** Shows {@code scene} on {@code stage}, undecorated at the screen's corner. */
    public static Scene show(Stage stage, Scene scene) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setX(0);
        stage.setY(0);
        stage.setTitle("B12 Consult preview");
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Both at once: {@code root} shown at {@code size}. */
    public static Scene show(Stage stage, Parent root, String size) {
        return show(stage, scene(root, size));
    }
}
