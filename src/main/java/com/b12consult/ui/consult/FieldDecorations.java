package com.b12consult.ui.consult;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Puts a view model's message for a field on the field itself with ControlsFX: the error mark, and its
 * tooltip reading the message. The view model decides what is wrong; the validator only reports it, so a
 * message that changes because another field changed (the unit beside a value) is shown too.
 */
final class FieldDecorations {
    private final ValidationSupport support = new ValidationSupport();

    void decorate(Control field, ObservableStringValue message) {
        Validator<Object> fromViewModel = (control, value) ->
                ValidationResult.fromErrorIf(control, message.get(), !message.get().isEmpty());
        support.registerValidator(field, false, fromViewModel);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(message);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        message.addListener((obs, was, now) -> {
            support.revalidate(field);
            field.setTooltip(now.isEmpty() ? null : tip);
        });
        field.setTooltip(message.get().isEmpty() ? null : tip);
    }

    ValidationSupport support() {
        return support;
    }
}
