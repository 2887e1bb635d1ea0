package com.b12consult.ui.check;

import static com.b12consult.ui.check.CheckPanels.card;
import static com.b12consult.ui.check.CheckPanels.combo;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.SymptomCode;
import com.b12consult.ui.Fields;
import com.b12consult.ui.SuddenOnsetBox;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Today's questions for the patient, their signs, the exercise plan, and the tick that they were all asked. */
final class QuestionsCard {
    private QuestionsCard() {
    }

    static Node of(PreInjectionCheckViewModel model) {
        VBox box = new VBox(8);
        for (TodayQuestion q : TodayQuestion.values()) {
            Answer a = model.answer(q);
            CheckBox ask = new CheckBox(q.question());
            ask.setId("ask-" + q.idSuffix());
            ask.setAccessibleText(q.question() + " Ticked means yes.");
            ask.setWrapText(true);
            ask.getStyleClass().add("question");
            ask.selectedProperty().bindBidirectional(a.yesProperty());
            if (q.aboutLastDose()) {
                ask.disableProperty().bind(Bindings.createBooleanBinding(() -> model.recordProperty().get() != null
                        && model.recordProperty().get().lastDose().isEmpty(), model.recordProperty()));
            }
            FlowPane signs = new FlowPane(12, 4);
            signs.getStyleClass().add("signs");
            signs.setMinWidth(0);
            for (SymptomCode code : q.signs()) {
                CheckBox sign = new CheckBox(CodeLabels.of(code));
                sign.setId("sign-" + q.idSuffix() + "-" + code.code());
                // A long sign wraps within the column rather than widen it when its question opens.
                sign.setWrapText(true);
                sign.maxWidthProperty().bind(signs.widthProperty());
                // Read alone, "fever" would not say which question it answers.
                sign.setAccessibleText(CodeLabels.of(code) + ", under: " + q.question());
                sign.selectedProperty().bindBidirectional(a.signProperty(code));
                signs.getChildren().add(sign);
            }
            Label assuming = new Label("Tick which. Until then the check counts it as " + CodeLabels.of(q.assumed()) + ".");
            assuming.getStyleClass().add("field-hint");
            assuming.setWrapText(true);
            VBox open = new VBox(4, signs);
            if (q.signs().size() > 1) {
                open.getChildren().add(assuming);
                assuming.visibleProperty().bind(Bindings.createBooleanBinding(a::assuming,
                        a.observables().toArray(javafx.beans.Observable[]::new)));
                assuming.managedProperty().bind(assuming.visibleProperty());
            }
            if (q == TodayQuestion.FEVER_NECK) {
                Label alone = Fields.hint("Counted as a fever alone, which is no red flag: no severe headache is on"
                        + " record since the last dose. If the patient has had a bad headache since, record it under"
                        + " \u201cAfter a dose: reported later\u201d, then answer again.");
                alone.setId("feverCountedAlone");
                alone.visibleProperty().bind(model.feverCountedAlone());
                alone.managedProperty().bind(alone.visibleProperty());
                open.getChildren().add(alone);
            }
            open.getStyleClass().add("question-signs");
            open.visibleProperty().bind(a.yesProperty().and(Bindings.size(signs.getChildren()).greaterThan(1)));
            open.managedProperty().bind(open.visibleProperty());
            box.getChildren().addAll(ask, open);
            if (q == TodayQuestion.HEADACHE) {
                // Between the question and its signs: ticking either one moves nothing above the pointer.
                SuddenOnsetAsk asked = model.suddenOnset();
                box.getChildren().add(box.getChildren().indexOf(open), SuddenOnsetBox.of(asked.yesProperty(),
                        asked.offeredProperty(), asked.findingProperty(), "a sudden severe headache today"));
            }
        }
        box.getChildren().add(exerciseField(model));
        // Until this is ticked an unticked question is not yet a "no": the banner says the check is not done.
        CheckBox asked = new CheckBox("All of today's questions asked (a question left unticked is a \"no\")");
        asked.setId("questionsAsked");
        asked.setWrapText(true);
        asked.getStyleClass().add("questions-asked");
        asked.selectedProperty().bindBidirectional(model.questionsAskedProperty());
        box.getChildren().add(asked);
        return card("Today: ask the patient", box);
    }

    /**
     * Today's exercise plan, "Not asked" until the nurse picks one; the line below says which plan the check goes by
     * meanwhile (the consultation's), and keeps its place either way so nothing under it moves.
     */
    private static Node exerciseField(PreInjectionCheckViewModel model) {
        ComboBox<PlannedExercise> exercise = combo("exercise", PlannedExercise.values(), model.exerciseProperty());
        exercise.getItems().add(0, null);
        exercise.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlannedExercise v) {
                return v == null ? NOT_ASKED : CodeLabels.of(v);
            }

            @Override
            public PlannedExercise fromString(String s) {
                return null;
            }
        });
        exercise.setButtonCell(exerciseCell(exercise, true));
        exercise.setCellFactory(list -> exerciseCell(exercise, false));
        Label going = new Label();
        going.setId("exerciseGoingBy");
        going.setWrapText(true);
        going.getStyleClass().add("field-hint");
        going.textProperty().bind(Bindings.createStringBinding(() -> model.exerciseProperty().get() != null
                ? "As the patient said today."
                : model.knownExercise().map(k -> "Not asked yet: the check goes by the last plan known, " + k + ".")
                        .orElse("Not asked yet, and no plan on record: no exercise advice is given until asked."),
                model.exerciseProperty(), model.recordProperty()));
        return new VBox(2, Fields.labelled("Exercise planned today", exercise, null, null), going);
    }

    private static final String NOT_ASKED = "Not asked";

    /** A cell that shows the empty choice as "Not asked"; the button shows it even when the skin calls it empty. */
    private static ListCell<PlannedExercise> exerciseCell(ComboBox<PlannedExercise> box, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(PlannedExercise item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && !button ? null : box.getConverter().toString(item));
            }
        };
    }
}
