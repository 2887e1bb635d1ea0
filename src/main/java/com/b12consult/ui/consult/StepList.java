package com.b12consult.ui.consult;

import com.b12consult.ui.Fields;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/**
 * The consultation's pages down the left, numbered, the current one marked and each one marked while it has
 * fields to correct; a button or Control+its number goes straight to it.
 */
final class StepList {
    private static final KeyCode[] STEP_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ConsultationViewModel model;
    private final VBox list = new VBox(6);

    StepList(ConsultationViewModel model) {
        this.model = model;
        list.getStyleClass().add("step-list");
        list.setId("stepList");
    }

    Node root() {
        return list;
    }

    /** A button per page, as the consultation now has them. */
    void rebuild() {
        list.getChildren().clear();
        Label title = new Label("Steps");
        title.getStyleClass().add("section-title");
        list.getChildren().add(title);
        List<ConsultationStep> steps = model.steps();
        for (int i = 0; i < steps.size(); i++) {
            list.getChildren().add(stepButton(steps.get(i), i));
        }
        if (steps.isEmpty()) {
            list.getChildren().add(Fields.hint("Choose a patient on the Patients screen and press"
                    + " Start consultation."));
        }
    }

    /** Marks the page shown; none when {@code at} is no page's. */
    void markCurrent(int at) {
        for (Node n : list.getChildren()) {
            n.getStyleClass().remove("step-current");
            if (("step-" + at).equals(n.getId())) {
                n.getStyleClass().add("step-current");
            }
        }
    }

    private Button stepButton(ConsultationStep step, int i) {
        // Alt+B and Alt+N are Back and Next; a step title with the same letter gives it up.
        String title = step.title();
        String plain = title.replace("_", "");
        int mark = title.indexOf('_');
        char letter = mark >= 0 && mark + 1 < title.length() ? Character.toUpperCase(title.charAt(mark + 1)) : 0;
        Button b = new Button((i + 1) + "  " + (letter == 'B' || letter == 'N' ? plain : title));
        b.setId("step-" + i);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("step-button");
        b.setOnAction(e -> model.goTo(step));
        Runnable mark2 = () -> {
            boolean wrong = !step.validProperty().get();
            b.getStyleClass().remove("step-problems");
            if (wrong) {
                b.getStyleClass().add("step-problems");
            }
            b.setAccessibleText("Step " + (i + 1) + ", " + plain + (wrong ? ", has fields to correct" : "")
                    + ". Control+" + (i + 1) + " goes here.");
            b.setGraphic(wrong ? problemMark() : null);
        };
        step.validProperty().addListener((obs, was, now) -> mark2.run());
        mark2.run();
        return b;
    }

    private static Node problemMark() {
        Label mark = new Label("!");
        mark.getStyleClass().add("step-problem-mark");
        return mark;
    }

    /** Control+1 to Control+9 go to the pages with those numbers, while the screen is in the scene. */
    void installKeys(Scene scene) {
        for (int i = 0; i < STEP_KEYS.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(STEP_KEYS[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (index < model.steps().size()) {
                    model.goTo(model.steps().get(index));
                }
            });
        }
    }

    void removeKeys(Scene scene) {
        for (KeyCode k : STEP_KEYS) {
            scene.getAccelerators().remove(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN));
        }
    }
}
