package com.b12consult.ui.check;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Coded;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** What the cards of the check screen are built of: a titled card, a field, a button, a group of choices. */
final class CheckPanels {
    private CheckPanels() {
    }

    static <T> void bindToggles(ToggleGroup group, ObjectProperty<T> value) {
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            @SuppressWarnings("unchecked")
            T picked = now == null ? null : (T) now.getUserData();
            if (picked != value.get()) {
                value.set(picked);
            }
        });
        Runnable show = () -> group.getToggles().stream().filter(t -> t.getUserData() == value.get()).findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
        value.addListener((obs, was, now) -> show.run());
        show.run();
    }

    static <T extends Coded> ComboBox<T> combo(String id, T[] values, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : CodeLabels.of(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static TextField field(String id, String prompt, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A field message for a group of buttons, which has no text box to mark. */
    static Label errorLabel(javafx.beans.value.ObservableStringValue message, String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    static Node card(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox card = new VBox(12, t);
        card.getChildren().addAll(content);
        card.getStyleClass().addAll("form-card", "check-card");
        return card;
    }
}
