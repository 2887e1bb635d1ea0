package com.b12consult.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Whether to ask for the clinic's details is read off the screen's thread; only the newest question is asked. */
class ClinicDetailsQuestionTest {
    @TempDir
    Path dir;

    private TestDatabase db;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
    }

    @AfterEach
    void close() {
        db.database.watchCalls(null);
        db.close();
    }

    @Test
    void theQuestionIsAskedOnceTheStoreAnswersAndAnOlderQuestionsAnswerAsksNothing() throws Exception {
        List<String> fxThreadCalls = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(() -> {
            calls.incrementAndGet();
            if (Platform.isFxApplicationThread()) {
                fxThreadCalls.add(Thread.currentThread().getName());
            }
        });
        ManualTaskRunner tasks = new ManualTaskRunner();
        StackPane window = new StackPane();
        WaitForAsyncUtils.asyncFx(() -> {
            ClinicDetailsQuestion.askOver(window, db.settings, TestDatabase.NURSE, tasks, () -> { });
            // asked again (a restore) before the first answer came: only the newest question is put over the window
            ClinicDetailsQuestion.askOver(window, db.settings, TestDatabase.NURSE, tasks, () -> { });
        }).get();
        assertEquals(0, calls.get(), "whether to ask is read in the task, not on the screen's thread");
        assertTrue(window.getChildren().isEmpty(), "nothing asked before the store answers");

        // the work off the screen's thread, the answers back on it, the newest first
        tasks.runAllNewestFirst();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.getChildren().size(), "the older question's answer asks nothing more");
        assertEquals("clinicDetailsPane", window.getChildren().get(0).getId());

        db.settings.saveClinicContact(TestDatabase.CLINIC_NAME, TestDatabase.CLINIC_PHONE, TestDatabase.NURSE);
        WaitForAsyncUtils.asyncFx(() -> ClinicDetailsQuestion.askOver(window, db.settings, TestDatabase.NURSE, tasks,
                () -> { })).get();
        assertTrue(window.getChildren().isEmpty(), "the question from before is taken away at once");
        tasks.runAll();
        assertTrue(window.getChildren().isEmpty(), "a name is set: nothing is asked");
        assertEquals(List.of(), fxThreadCalls, "the store was never called on the JavaFX thread");
    }
}
