package com.b12consult.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Builds the app's labelled form fields: caption, control, and the message at the field when input is wrong. */
public final class Fields {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Fields() {
    }

    /**
     * A caption above the control and, below it, the field's message (given id {@code messageId}) that
     * takes no room while empty; {@code message} null for a field that cannot be wrong.
     */
    public static VBox labelled(String caption, Control control, ObservableStringValue message, String messageId) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        control.setAccessibleText(caption);
        VBox box = new VBox(label, control);
        box.getStyleClass().add("field");
        if (message != null) {
            box.getChildren().add(message(control, message, messageId));
        }
        return box;
    }

    /**
     * The message at a field: a label that takes no room while empty. The control is marked
     * {@code :invalid} while there is a message, and its accessible help reads it, so a screen reader
     * says what is wrong too.
     */
    public static Label message(Control control, ObservableStringValue message, String messageId) {
        Label error = new Label();
        error.setId(messageId);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        control.accessibleHelpProperty().bind(message);
        message.addListener((obs, was, now) -> control.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        control.pseudoClassStateChanged(INVALID, !message.get().isEmpty());
        return error;
    }

    /** Scrolls so that {@code node}, somewhere inside the scroll pane's content, shows near the top. */
    public static void scrollIntoView(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            double top = Math.max(0, bounds.getMinY() - 24);
            scroll.setVvalue(scroll.getVmin() + Math.min(1, top / hidden) * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    /**
     * Gives a labelled field ({@link #labelled}) and its control {@code width}, never less: in a flow of fields a
     * message wraps under its own field instead of widening it and moving the ones beside it, and a narrow window
     * moves the field to the next line instead of squeezing it.
     */
    public static VBox fixedWidth(VBox field, Control control, double width) {
        control.setPrefWidth(width);
        control.setMinWidth(Region.USE_PREF_SIZE);
        field.setPrefWidth(width);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return field;
    }

    /** A quiet line under a field saying what is accepted. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        return hint;
    }

    /** A status line that takes no room while empty. */
    public static Label status(ObservableStringValue text, String id, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("form-status");
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
