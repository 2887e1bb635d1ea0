package com.b12consult.ui.consult;

import com.b12consult.domain.Patient;
import com.b12consult.ui.Stylesheets;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A patient's past consultations in a window of their own, read-only, so a clinician can look back at the
 * last one while a new consultation stays open in the main window. The newest opens first; Escape closes.
 */
public final class PastConsultationsWindow {
    private final Supplier<ConsultationHistoryViewModel> models;
    private final Supplier<Window> owner;

    public PastConsultationsWindow(Supplier<ConsultationHistoryViewModel> models, Supplier<Window> owner) {
        this.models = Objects.requireNonNull(models, "models");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Opens the window for the patient, read afresh from the store in the background (the window says so meanwhile). */
    public Stage show(Patient patient) {
        Objects.requireNonNull(patient, "patient");
        ConsultationHistoryViewModel model = models.get();
        model.showPatientNewestOpen(patient.id());
        ConsultationHistoryView view = new ConsultationHistoryView(model);
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().setAll(Stylesheets.all());
        Stage stage = new Stage();
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
        }
        stage.setTitle("Past consultations: " + patient.name() + " · " + patient.identifier());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
