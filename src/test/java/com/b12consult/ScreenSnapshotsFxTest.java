package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.cli.GuiOptions;
import com.b12consult.domain.Sex;
import com.b12consult.ui.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the screens for reviewing the look, written only when asked:
 * {@code mvn test -Dtest=ScreenSnapshotsFxTest -Db12consult.snapshots=DIR}. It also leaves DIR/ui-shot.db
 * with a few patients, for running the real app on (the README's screenshot).
 */
class ScreenSnapshotsFxTest {
    @Test
    void snapshotEveryBuiltScreen() throws Exception {
        String dirName = System.getProperty("b12consult.snapshots", "");
        assumeTrue(!dirName.isBlank(), "set -Db12consult.snapshots=DIR to write the pictures");
        Path dir = Files.createDirectories(Path.of(dirName));
        Path database = dir.resolve("ui-shot.db");
        Files.deleteIfExists(database);
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
            db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
            db.addPatient("José Martí", "P-0107", "1953-01-28", Sex.MALE);
            db.addPatient("Mary Seacole", "P-0213", null, Sex.FEMALE);
            db.addPatient("Alan Turing", "P-0311", "1912-06-23", Sex.MALE);
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        App app = (App) FxToolkit.setupApplication(() -> new App(new GuiOptions(Optional.of(database))));
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#patientIdentifier").write("P-0001");
            robot.clickOn("#patientBirthDate").write("10.12.1815");
            robot.clickOn("#savePatient");
            WaitForAsyncUtils.waitForFxEvents();
            save(stage, dir.resolve("patients-errors.png"));
            robot.clickOn("#discardPatientChanges");
            robot.clickOn("#patientTable .table-row-cell");
            WaitForAsyncUtils.waitForFxEvents();
            save(stage, dir.resolve("patients.png"));
            robot.clickOn("#nav-settings");
            WaitForAsyncUtils.waitForFxEvents();
            save(stage, dir.resolve("settings.png"));
            robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#settingsScroll").query()).setVvalue(1));
            robot.doubleClickOn("#limit-b12_lower").write("abc");
            WaitForAsyncUtils.waitForFxEvents();
            save(stage, dir.resolve("settings-end.png"));
            robot.clickOn("#nav-consultation");
            WaitForAsyncUtils.waitForFxEvents();
            save(stage, dir.resolve("consultation.png"));
            robot.clickOn("#nav-rulebook");
            WaitForAsyncUtils.waitForFxEvents();
            save(stage, dir.resolve("rulebook.png"));
            robot.clickOn("#rulebookSearch").write("headache");
            WaitForAsyncUtils.waitForFxEvents();
            save(stage, dir.resolve("rulebook-search.png"));
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.hideStage();
        }
        Path letter = dir.resolve("letter.db");
        Files.writeString(letter, "Dear colleague,\nthis is a letter, not a database.\n");
        app = (App) FxToolkit.setupApplication(() -> new App(new GuiOptions(Optional.of(letter))));
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#databaseError").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            save(stage, dir.resolve("database-error.png"));
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.hideStage();
        }
        assertTrue(Files.size(dir.resolve("settings.png")) > 0);
    }

    private static void save(Stage stage, Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        // javafx-swing is not a dependency; copying the pixels is all SwingFXUtils would do here.
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("could not write " + file, e);
        }
    }
}
