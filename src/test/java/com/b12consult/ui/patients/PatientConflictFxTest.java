package com.b12consult.ui.patients;

import com.b12consult.ui.InlineTaskRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Patients screen when another workstation saved the patient being edited: pressing Save shows who and when,
 * the difference, and the two choices in place of Save and Discard, all within the form; each choice then does
 * what it says.
 */
class PatientConflictFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();
    TestDatabase db;
    Patient grace;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
        PatientFormViewModel form = new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE);
        PatientsViewModel model = new PatientsViewModel(db.patients, form, p -> Optional.empty(),
                InlineTaskRunner.INSTANCE);
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(new PatientsView(model).root(), 1280, 720);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.asyncFx(() -> model.select(grace)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The doctor renames Grace and lists an allergy at another workstation, while the nurse types a new birth date. */
    private void conflict() {
        TextField birthDate = robot.lookup("#patientBirthDate").queryAs(TextField.class);
        robot.interact(() -> birthDate.setText("1906-12-08"));
        db.patients.update(new Patient(grace.id(), "Grace Brewster Hopper", grace.identifier(), grace.birthDate(),
                grace.sex(), KnownAllergies.listed("penicillin: rash and swelling of the face"), grace.version()),
                new Actor("drsmith", "JS"));
        robot.clickOn("#savePatient");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node and every node around it are visible. */
    private boolean shows(String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theRefusalShowsWhoWhenAndTheDifferenceWithinTheFormAndKeepsWhatWasTyped() {
        conflict();

        Label message = robot.lookup("#patientConflictMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Grace Hopper's record was changed by JS at 2026-11-21 09:00 while you were editing;"
                + " nothing of yours was saved.", message.getText());
        VBox differences = robot.lookup("#patientConflictDifferences").queryAs(VBox.class);
        assertEquals(3, differences.getChildren().size(), "name, date of birth, known allergies");
        assertEquals("1906-12-08", robot.lookup("#patientBirthDate").queryAs(TextField.class).getText());
        assertEquals("Grace Hopper", robot.lookup("#patientName").queryAs(TextField.class).getText());
        assertFalse(shows("#savePatient"), "the two choices stand instead");
        assertTrue(shows("#keepMyVersion"));
        assertTrue(shows("#loadTheirVersion"));
        // Nothing of the box lies past the form's right edge (three columns once did, cutting "Yours" off).
        Node card = robot.lookup(".patient-form").query();
        Node box = robot.lookup("#patientConflict").query();
        Bounds cardBounds = card.localToScene(card.getBoundsInLocal());
        Bounds boxBounds = box.localToScene(box.getBoundsInLocal());
        assertTrue(boxBounds.getMaxX() <= cardBounds.getMaxX(), boxBounds + " inside " + cardBounds);
        Node keep = robot.lookup("#keepMyVersion").query();
        Bounds keepBounds = keep.localToScene(keep.getBoundsInLocal());
        assertTrue(keepBounds.getMaxX() <= boxBounds.getMaxX(), "Keep mine lies within the box");
        // The form scrolled to the box with its differences in it, so the message and both choices are in sight
        // (scrolled before the differences were filled in, the buttons once lay below the visible part).
        Node scroll = robot.lookup(".form-scroll").query();
        Bounds visible = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds said = message.localToScene(message.getBoundsInLocal());
        assertTrue(said.getMinY() >= visible.getMinY() && keepBounds.getMaxY() <= visible.getMaxY(),
                "message " + said + " and Keep mine " + keepBounds + " within " + visible);
    }

    @Test
    void loadTheirVersionPutsTheirsInTheForm() {
        conflict();

        robot.clickOn("#loadTheirVersion");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(shows("#patientConflict"));
        assertEquals("Grace Brewster Hopper", robot.lookup("#patientName").queryAs(TextField.class).getText());
        assertEquals("1906-12-09", robot.lookup("#patientBirthDate").queryAs(TextField.class).getText());
        assertTrue(shows("#savePatient"));
        assertEquals("1906-12-09", db.patients.findById(grace.id()).orElseThrow().birthDate().orElseThrow().toString());
    }

    @Test
    void keepMineSavesWhatWasTypedOverTheirs() {
        conflict();

        robot.clickOn("#keepMyVersion");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(shows("#patientConflict"));
        Patient stored = db.patients.findById(grace.id()).orElseThrow();
        assertEquals("Grace Hopper", stored.name());
        assertEquals("1906-12-08", stored.birthDate().orElseThrow().toString());
        assertEquals(KnownAllergies.NOT_RECORDED, stored.knownAllergies());
        assertEquals(3, stored.version());
        assertEquals("Saved Grace Hopper.", robot.lookup("#patientFormOutcome").queryAs(Label.class).getText());
    }
}
