package com.b12consult.ui.check;

import static com.b12consult.ui.check.CheckPanels.button;
import static com.b12consult.ui.check.CheckPanels.card;
import static com.b12consult.ui.check.CheckPanels.combo;
import static com.b12consult.ui.check.CheckPanels.field;

import com.b12consult.domain.Product;
import com.b12consult.ui.Fields;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Shown while the patient has no prescription: the prescriber's order, recorded before any dose. */
final class PrescriptionCard {
    private PrescriptionCard() {
    }

    static Node of(PreInjectionCheckViewModel model, PrescriptionFormViewModel prescriptionForm) {
        ComboBox<Product> product = combo("rxProduct", Product.values(), prescriptionForm.productProperty());
        TextField dose = field("rxDose", "micrograms", prescriptionForm.doseProperty());
        TextField every = field("rxLoadingEvery", "days", prescriptionForm.loadingEveryProperty());
        TextField lasting = field("rxLoadingFor", "days", prescriptionForm.loadingForProperty());
        TextField maintenance = field("rxMaintenance", "days", prescriptionForm.maintenanceEveryProperty());
        TextField start = field("rxStart", "YYYY-MM-DD", prescriptionForm.startDateProperty());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.add(Fields.labelled("Product", product, prescriptionForm.productMessage(), "rxProductError"), 0, 0);
        grid.add(Fields.labelled("Dose (micrograms)", dose, prescriptionForm.doseMessage(), "rxDoseError"), 1, 0);
        grid.add(Fields.labelled("Start date", start, prescriptionForm.startMessage(), "rxStartError"), 2, 0);
        grid.add(Fields.labelled("Loading: every (days)", every, null, null), 0, 1);
        grid.add(Fields.labelled("Loading: for (days)", lasting, prescriptionForm.loadingMessage(), "rxLoadingError"), 1, 1);
        grid.add(Fields.labelled("Then every (days)", maintenance, prescriptionForm.maintenanceMessage(),
                "rxMaintenanceError"), 2, 1);
        // saved off the screen's thread, the record read again with it: the button waits meanwhile, and says so
        Button save = button("savePrescription", "Save prescription", prescriptionForm::save);
        save.getStyleClass().add("primary");
        save.disableProperty().bind(prescriptionForm.saving());
        save.textProperty().bind(Bindings.when(prescriptionForm.saving()).then("Saving…")
                .otherwise("Save prescription"));
        Node card = card("No prescription: record the prescriber's order", new VBox(10,
                Fields.hint("Leave both loading fields empty for no loading course."), grid, save,
                Fields.status(prescriptionForm.failure(), "rxFailure", "error")));
        card.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.recordProperty().get() != null
                && model.recordProperty().get().prescription().isEmpty(), model.recordProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }
}
