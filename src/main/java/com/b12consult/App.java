package com.b12consult;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The composition root: builds the services once and hands them to the screens. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("B12 Consult");
        stage.setScene(new Scene(new Label("B12 Consult"), 1100, 720));
        stage.show();
    }
}
