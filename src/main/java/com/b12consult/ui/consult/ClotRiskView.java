package com.b12consult.ui.consult;

import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.SymptomGroup;
import com.b12consult.ui.Fields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    private static final Set<ClotRiskFactor> BASELINE = EnumSet.of(ClotRiskFactor.PRIOR_DVT_PE,
            ClotRiskFactor.FAMILY_HISTORY_CLOTS, ClotRiskFactor.THROMBOPHILIA, ClotRiskFactor.SMOKING,
            ClotRiskFactor.OBESITY, ClotRiskFactor.PREGNANCY_POSTPARTUM, ClotRiskFactor.RECENT_SURGERY,
            ClotRiskFactor.LONG_TRAVEL, ClotRiskFactor.IMMOBILITY);
    private final VBox root;

    public ClotRiskView(ClotRiskStepViewModel model) {
        // The article's own grouping: baseline risk factors, then other medications and conditions.
        List<Node> baseline = new ArrayList<>();
        List<Node> other = new ArrayList<>();
        for (ClotRiskFactor f : ClotRiskFactor.values()) {
            (BASELINE.contains(f) ? baseline : other).add(ConsultControls.tick("factor-" + f.code(),
                    ConsultControls.label(f), model.factorProperty(f)));
        }
        for (Medication m : Medication.values()) {
            other.add(ConsultControls.tick("medication-" + m.code(), ConsultControls.label(m),
                    model.medicationProperty(m)));
        }
        List<Node> conditions = new ArrayList<>();
        for (MedicalCondition c : MedicalCondition.values()) {
            conditions.add(ConsultControls.tick("condition-" + c.code(), ConsultControls.label(c),
                    model.conditionProperty(c)));
        }
        Node allergies = new VBox(8, ConsultControls.caption("Reaction to B12 injections before"),
                ConsultControls.choices("b12Reaction", "Reaction to B12 injections before",
                        List.of(B12InjectionReaction.values()), model.b12ReactionProperty()),
                ConsultControls.tick("otherAllergies", "Allergies to other medications", model.otherAllergiesProperty()));
        root = new VBox(18,
                ConsultControls.card("Baseline clot risk factors",
                        Fields.hint("Tick what applies, as the blood-clots article asks in clinic: baseline risk"
                                + " factors, other medications and conditions, then the symptoms and their timing."),
                        grid(baseline)),
                ConsultControls.card("Other medications and conditions", grid(other)),
                ConsultControls.card("Conditions on record", grid(conditions)),
                ConsultControls.card("Allergy history", allergies),
                symptoms(model));
        root.getStyleClass().add("consult-step");
    }

    private static GridPane grid(List<Node> ticks) {
        GridPane g = new GridPane();
        for (int i = 0; i < ticks.size(); i++) {
            g.add(ticks.get(i), i % 2, i / 2);
        }
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
                        + " YYYY-MM-DD HH:MM."), groups);
    }

    private static Node symptom(SymptomEntry entry) {
        String label = ConsultControls.label(entry.code());
        CheckBox tick = ConsultControls.tick("symptom-" + entry.code().code(), label, entry.presentProperty());
        tick.setMinWidth(320);
        tick.setPrefWidth(320);
        TextField onset = ConsultControls.field("onset-" + entry.code().code(), "began: YYYY-MM-DD HH:MM",
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
