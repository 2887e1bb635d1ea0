package com.b12consult.ui.consult;

import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.SymptomGroup;
import com.b12consult.ui.Fields;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Step 2: the blood-clots article's risk factors, medications and conditions as plain ticks in its words,
 * the allergy history, and the current symptoms by group, each with when it began once ticked.
 */
public final class ClotRiskView {
    private final VBox root;

    public ClotRiskView(ClotRiskStepViewModel model) {
        GridPane factors = grid();
        ClotRiskFactor[] all = ClotRiskFactor.values();
        for (int i = 0; i < all.length; i++) {
            factors.add(ConsultControls.tick("factor-" + all[i].code(), ConsultControls.label(all[i]),
                    model.factorProperty(all[i])), i % 2, i / 2);
        }
        GridPane medications = grid();
        Medication[] meds = Medication.values();
        for (int i = 0; i < meds.length; i++) {
            medications.add(ConsultControls.tick("medication-" + meds[i].code(), ConsultControls.label(meds[i]),
                    model.medicationProperty(meds[i])), i % 2, i / 2);
        }
        GridPane conditions = grid();
        MedicalCondition[] conds = MedicalCondition.values();
        for (int i = 0; i < conds.length; i++) {
            conditions.add(ConsultControls.tick("condition-" + conds[i].code(), ConsultControls.label(conds[i]),
                    model.conditionProperty(conds[i])), i % 2, i / 2);
        }
        Node allergies = new VBox(8, ConsultControls.caption("Reaction to B12 injections before"),
                ConsultControls.choices("b12Reaction", "Reaction to B12 injections before",
                        List.of(B12InjectionReaction.values()), model.b12ReactionProperty()),
                ConsultControls.tick("otherAllergies", "Allergies to other medications", model.otherAllergiesProperty()));
        root = new VBox(18,
                ConsultControls.card("Clot risk factors",
                        Fields.hint("Tick what applies. In the words of the blood-clots article: extra caution with"
                                + " these factors, and no waiting on any red flag below."), factors),
                ConsultControls.card("Medications", medications),
                ConsultControls.card("Conditions", conditions),
                ConsultControls.card("Allergy history", allergies),
                symptoms(model));
        root.getStyleClass().add("consult-step");
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(8);
        g.getStyleClass().add("tick-grid");
        var half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        g.getColumnConstraints().addAll(half, new javafx.scene.layout.ColumnConstraints());
        g.getColumnConstraints().get(1).setPercentWidth(50);
        return g;
    }

    private static Node symptoms(ClotRiskStepViewModel model) {
        VBox groups = new VBox(14);
        for (SymptomGroup group : ClotRiskStepViewModel.symptomGroups()) {
            VBox rows = new VBox(6);
            Label title = new Label(ConsultControls.sentence(group.label()) + " signs");
            title.getStyleClass().add("symptom-group-title");
            rows.getChildren().add(title);
            for (SymptomCode code : ClotRiskStepViewModel.symptomChoices()) {
                if (code.group() == group) {
                    rows.getChildren().add(symptom(model.symptom(code)));
                }
            }
            groups.getChildren().add(rows);
        }
        return ConsultControls.card("Current symptoms",
                Fields.hint("Tick what the patient has now. When it began may be left empty; type it as"
                        + " yyyy-MM-dd HH:mm."), groups);
    }

    private static Node symptom(SymptomEntry entry) {
        String label = ConsultControls.label(entry.code());
        CheckBox tick = ConsultControls.tick("symptom-" + entry.code().code(), label, entry.presentProperty());
        tick.setMinWidth(320);
        tick.setPrefWidth(320);
        TextField onset = ConsultControls.field("onset-" + entry.code().code(), "began: yyyy-MM-dd HH:mm",
                entry.onsetProperty());
        onset.setAccessibleText("When " + label.toLowerCase() + " began");
        onset.setPrefColumnCount(14);
        Label message = Fields.message(onset, entry.onsetMessage(), "onset-" + entry.code().code() + "Error");
        VBox when = new VBox(2, onset, message);
        when.visibleProperty().bind(entry.presentProperty());
        when.managedProperty().bind(when.visibleProperty());
        HBox row = new HBox(12, tick, when);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    public Parent root() {
        return root;
    }
}
