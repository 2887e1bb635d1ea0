package com.b12consult.ui.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.HandoutRepository;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.print.Printer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The handout screen on a real (headless) stage: the PDF's pages shown as images, and the no-printer path
 * as the user sees it. With {@code -Db12consult.snapshots=DIR} it also writes DIR/handout.png.
 */
class HandoutViewFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private TestDatabase db;

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void showsThePagesAndSaysPlainlyWhenNoPrinterIsInstalled() throws Exception {
        db = TestDatabase.in(dir);
        AuditLog audit = new AuditLog(db.database, TestDatabase.CLOCK);
        db.settings.save(new ClinicSettings("Riverside Health Centre", "", "01632 960 123", PaperSize.A4,
                LabLimits.defaults()), TestDatabase.NURSE);
        Patient jose = db.addPatient("José Martí", "FX-7", "1958-11-30", Sex.MALE);
        HandoutViewModelTest.FakePrinter printer = new HandoutViewModelTest.FakePrinter();
        printer.outcome = PrintService.Outcome.NO_PRINTER;
        HandoutViewModel model = new HandoutViewModel(HandoutViewModelTest.EVALUATOR,
                new HandoutComposer(HandoutViewModelTest.EVALUATOR.engine().rulebook()), new HandoutPdf(),
                new AssessmentRepository(db.database, audit), new HandoutRepository(db.database, audit), db.settings,
                printer, new HandoutViewModelTest.FakeFiles(), TestDatabase.NURSE, TestDatabase.CLOCK,
                com.b12consult.ui.InlineTaskRunner.INSTANCE);
        Path file = dir.resolve("rich.json");
        try (var in = getClass().getResourceAsStream("/com/b12consult/cli/rich-consultation.json")) {
            Files.write(file, in.readAllBytes());
        }
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(new HandoutView(model, p -> { }).root(), 1180, 760);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.show();
        });
        robot.interact(() -> {
            model.patientProperty().set(jose);
            assertTrue(model.openAssessment(file), model.messageProperty().get());
        });
        WaitForAsyncUtils.waitForFxEvents();

        ImageView page1 = robot.lookup("#handoutPage1").queryAs(ImageView.class);
        assertTrue(page1.getImage().getWidth() > 700, "A4 at 96 dpi is about 794 pixels wide");
        assertTrue(robot.lookup("#handoutPage2").tryQuery().isPresent(), "the rich case runs to a second page");

        robot.clickOn("#printHandout");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#handoutMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("No printer is installed on this computer."), message.getText());
        Button save = robot.lookup("#saveHandoutPdf").queryAs(Button.class);
        assertTrue(save.getStyleClass().contains("primary") && !save.isDisabled(), "Save as PDF is offered");
        assertTrue(robot.lookup("#printHandout").queryAs(Button.class).isDisabled());

        Snapshots.saveIfAsked(shown.stage(), "handout");
    }

    @Test
    void theSystemPrintServiceReportsNoPrinterWhereNoneIsInstalled() throws Exception {
        boolean none = WaitForAsyncUtils.asyncFx(() -> Printer.getDefaultPrinter() == null
                && Printer.getAllPrinters().isEmpty()).get();
        assumeTrue(none, "this machine has a printer; the no-printer path is covered by the view model's test");
        PrintService.Outcome outcome = WaitForAsyncUtils.asyncFx(() ->
                new FxPrintService(() -> null).print(new byte[0], "test")).get();
        assertEquals(PrintService.Outcome.NO_PRINTER, outcome);
    }
}
