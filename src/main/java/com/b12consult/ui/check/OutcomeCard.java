package com.b12consult.ui.check;

import static com.b12consult.ui.check.CheckPanels.button;
import static com.b12consult.ui.check.CheckPanels.card;
import static com.b12consult.ui.check.CheckPanels.field;

import com.b12consult.domain.DecisionStatus;
import com.b12consult.ui.Fields;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Recording the outcome: the administration details, the override and the reason, and the buttons that record it. */
final class OutcomeCard {
    private OutcomeCard() {
    }

    static Node of(PreInjectionCheckViewModel model) {
        DoseDrawnUp dose = model.dose();
        TextField time = field("givenAt", "YYYY-MM-DD HH:MM", dose.givenAtProperty());
        TextField lot = field("lotNumber", "as printed on the ampoule", dose.lotNumberProperty());
        TextField expiry = field("lotExpiry", "YYYY-MM-DD", dose.lotExpiryProperty());
        TextField by = field("givenBy", "initials", dose.givenByProperty());
        // Fixed widths in a flow: each prompt shows whole, and a narrow window moves a field to the next line.
        FlowPane details = new FlowPane(16, 8,
                Fields.fixedWidth(Fields.labelled("Time given", time, dose.givenAtMessage(), "givenAtError"), time, 182),
                Fields.fixedWidth(Fields.labelled("Lot number", lot, dose.lotMessage(), "lotError"), lot, 215),
                Fields.fixedWidth(Fields.labelled("Lot expiry", expiry, dose.expiryMessage(), "expiryError"), expiry,
                        150),
                Fields.fixedWidth(Fields.labelled("Given by", by, dose.givenByMessage(), "givenByError"), by, 120));

        TextArea override = new TextArea();
        override.setId("overrideReason");
        override.setPrefRowCount(2);
        override.setWrapText(true);
        override.setPromptText("Only to give a dose on HOLD: why, and who agreed");
        override.textProperty().bindBidirectional(model.overrideReasonProperty());
        VBox overrideField = Fields.labelled("Override reason (goes to the audit log)", override,
                model.overrideMessage(), "overrideError");
        overrideField.visibleProperty().bind(PreInjectionCheckView.decisionIs(model, DecisionStatus.HOLD));
        overrideField.managedProperty().bind(overrideField.visibleProperty());

        TextField reason = field("outcomeReason", "why the dose is held or not given", model.reasonProperty());
        VBox reasonField = Fields.labelled("Reason (held, refused, not given)", reason, model.reasonMessage(),
                "outcomeReasonError");

        VBox box = new VBox(12, details, overrideField, reasonField,
                Fields.hint("Then record it with the buttons at the foot of the screen: Given, Held, Refused or"
                        + " Not given."));
        return card("Record the outcome", box);
    }

    /**
     * Given, Held, Refused and Not given, with what they answer: at the foot of the screen, under the findings,
     * always in view however many findings there are (issue 13), as the banner above them is.
     */
    static Node buttons(PreInjectionCheckViewModel model) {
        Button given = button("recordGiven", "Given", () -> model.recordGiven());
        given.getStyleClass().add("primary");
        given.disableProperty().bind(PreInjectionCheckView.decisionIs(model, DecisionStatus.URGENT)
                .or(model.recordProperty().isNull()).or(model.standing()).or(model.saving()));
        Button held = button("recordHeld", "Held", () -> model.recordHeld());
        Button refused = button("recordRefused", "Refused by the patient", () -> model.recordRefused());
        Button notGiven = button("recordNotGiven", "Not given", () -> model.recordNotGiven());
        // one save at a time: a second click while the first is saved would record the dose twice
        for (Button b : java.util.List.of(held, refused, notGiven)) {
            b.disableProperty().bind(model.saving());
        }
        Label neverUrgent = Fields.hint("The dose cannot be recorded as given: URGENT, or a HOLD that stands until a"
                + " prescriber's review.");
        neverUrgent.visibleProperty().bind(given.disabledProperty().and(model.recordProperty().isNotNull())
                .and(model.saving().not()));
        neverUrgent.managedProperty().bind(neverUrgent.visibleProperty());
        Button handout = button("checkHandout", "Handout for the patient", () -> model.openHandout());
        handout.disableProperty().bind(model.handoutReady().not().or(model.saving()));
        FlowPane buttons = new FlowPane(10, 8, given, held, refused, notGiven, handout);
        buttons.getStyleClass().add("form-buttons");
        for (Button b : java.util.List.of(given, held, refused, notGiven, handout)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox bar = new VBox(6, buttons, neverUrgent, Fields.status(model.failure(), "outcomeFailure", "error"),
                Fields.status(model.outcomeMessage(), "outcomeMessage"));
        bar.setId("outcomeBar");
        bar.getStyleClass().add("outcome-bar");
        bar.visibleProperty().bind(model.recordProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
