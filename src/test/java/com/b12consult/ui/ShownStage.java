package com.b12consult.ui;

import java.util.concurrent.TimeoutException;
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
}
