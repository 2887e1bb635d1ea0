package com.b12consult.ui.consult;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Coded;
import com.b12consult.ui.Fields;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The controls the consultation's steps are built of, each with an id and accessible text. */
final class ConsultControls {
    private ConsultControls() {
    }

    /** A label as a sentence starts: "Previous blood clot (DVT or pulmonary embolism)". */
    static String sentence(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    static String label(Coded value) {
        return sentence(CodeLabels.of(value));
    }

    static VBox card(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox card = new VBox(10, t);
        card.getChildren().addAll(content);
        card.getStyleClass().addAll("form-card", "consult-card");
        return card;
    }

    static TextField field(String id, String prompt, StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    /** A caption above the field and its message below; the caption is the field's accessible text. */
    static VBox labelled(String caption, javafx.scene.control.Control control, ObservableStringValue message, String id) {
        return Fields.labelled(caption, control, message, id + "Error");
    }

    static CheckBox tick(String id, String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(false);
        box.setAccessibleText(text);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    static <T extends Coded> ComboBox<T> combo(String id, String caption, List<T> values, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(caption);
        box.setPromptText("choose");
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : label(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /**
     * One choice of several as radio buttons, with a first "Not asked" choice standing for null: the
     * clinician sees what is unanswered and can go back to it with the keyboard.
     */
    static <T extends Coded> FlowPane choices(String id, String caption, List<T> values, ObjectProperty<T> value) {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane(16, 6);
        pane.setId(id);
        pane.setAccessibleText(caption);
        RadioButton notAsked = radio(id + "-none", "Not asked", caption, null, group);
        pane.getChildren().add(notAsked);
        for (T v : values) {
            pane.getChildren().add(radio(id + "-" + v.code(), label(v), caption, v, group));
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            @SuppressWarnings("unchecked")
            T picked = now == null ? null : (T) now.getUserData();
            if (now != null && picked != value.get()) {
                value.set(picked);
            }
        });
        Runnable show = () -> group.getToggles().stream().filter(t -> t.getUserData() == value.get()).findFirst()
                .ifPresent(group::selectToggle);
        value.addListener((obs, was, now) -> show.run());
        show.run();
        return pane;
    }

    private static RadioButton radio(String id, String text, String caption, Object value, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setAccessibleText(caption + ": " + text);
        b.setUserData(value);
        b.setToggleGroup(group);
        return b;
    }

    static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        return l;
    }
}
