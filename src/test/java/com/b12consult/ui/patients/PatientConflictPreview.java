package com.b12consult.ui.patients;

import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.domain.Actor;
import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.ui.PreviewWindow;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Files;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The Patients screen alone, for screenshots under Xvfb: a patient's save refused because another workstation saved
 * the patient meanwhile, with the difference and the two choices. Arguments: the window's size, {@code 1280x720}
 * by default.
 */
public final class PatientConflictPreview {
    private PatientConflictPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            String size = (getParameters().getRaw().isEmpty() ? "1280x720" : getParameters().getRaw().get(0));
            TestDatabase db = TestDatabase.in(Files.createTempDirectory("b12-preview"));
            Patient grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
            db.addPatient("Margaret Ellis", "P-0104", "1950-01-20", Sex.FEMALE);
            PatientFormViewModel form = new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE);
            PatientsViewModel model = new PatientsViewModel(db.patients, form, p -> Optional.empty(),
                InlineTaskRunner.INSTANCE);
            PatientsView view = new PatientsView(model);
            model.select(grace);
            form.birthDateProperty().set("1906-12-08");
            form.allergyStatusProperty().set(AllergyStatus.NONE_KNOWN);
            db.patients.update(new Patient(grace.id(), "Grace Brewster Hopper", grace.identifier(), grace.birthDate(),
                    grace.sex(), KnownAllergies.listed("penicillin: rash and swelling of the face"), grace.version()),
                    new Actor("drsmith", "JS"));
            model.save();
            PreviewWindow.show(stage, view.root(), size);
        }
    }
}
