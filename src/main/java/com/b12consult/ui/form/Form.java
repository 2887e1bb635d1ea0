package com.b12consult.ui.form;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * The fields of one form, declared once: whether they are all valid (a binding a wizard step or a button can
 * use), what is wrong with them in a list, and how they go into a draft and come back.
 */
public final class Form {
    /** A field's problem as a list shows it: the field in the clinic's words, and its message. */
    public record Problem(String field, String message) {
    }

    private final List<Input<?, ?>> inputs;
    private final BooleanBinding valid;
    private final BooleanBinding blank;

    public Form(Input<?, ?>... inputs) {
        this.inputs = List.of(inputs);
        Observable[] validFlags = this.inputs.stream().map(Input::validProperty).toArray(Observable[]::new);
        valid = Bindings.createBooleanBinding(() -> this.inputs.stream().allMatch(i -> i.validProperty().get()),
                validFlags);
        blank = Bindings.createBooleanBinding(() -> this.inputs.stream().allMatch(Input::blank), observables()
                .toArray(Observable[]::new));
    }

    public List<Input<?, ?>> inputs() {
        return inputs;
    }

    /** True while every field is valid. */
    public BooleanBinding valid() {
        return valid;
    }

    /** True while nothing at all is entered. */
    public BooleanBinding blank() {
        return blank;
    }

    /** What is entered in each field, for a step that must hear of every keystroke. */
    public List<Observable> observables() {
        return inputs.stream().map(Input::entered).toList();
    }

    /** Checks every field again: for rules that read the clock. */
    public void revalidate() {
        inputs.forEach(Input::revalidate);
    }

    /** The fields that show a message, in the form's order. */
    public List<Problem> problems() {
        return inputs.stream().filter(i -> !i.messageProperty().get().isEmpty())
                .map(i -> new Problem(i.name(), i.messageProperty().get())).toList();
    }

    public void draft(String prefix, Map<String, String> out) {
        Objects.requireNonNull(prefix, "prefix");
        inputs.forEach(i -> i.draft(prefix, out));
    }

    public void restore(String prefix, Map<String, String> draft) {
        inputs.forEach(i -> i.restore(prefix, draft));
    }
}
