package com.b12consult.ui;

import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The toolkit's one stage for a screen-level test (a view on its own, not the whole app, which {@code RunningApp}
 * starts): the toolkit started the first time any test in the JVM asks, the stage hidden after each test whatever
 * happened. Register it on a field, {@code @RegisterExtension final ShownStage shown = new ShownStage();}.
 */
public final class ShownStage implements BeforeEachCallback, AfterEachCallback {
    private Stage stage;

    @Override
    public void beforeEach(ExtensionContext context) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        FxToolkit.hideStage();
    }

    /** The stage the test shows its view on. */
    public Stage stage() {
        return stage;
    }

    /** Shows {@code view} with the app's stylesheets at the given size and waits until it is shown. */
    public Stage show(Parent view, double width, double height) throws TimeoutException {
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(view, width, height);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.setWidth(width);
            s.setHeight(height);
            s.show();
        });
        return stage;
    }
}
