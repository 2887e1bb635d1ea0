package com.b12consult.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One thing a form asks for, whether typed ({@link Field}) or picked ({@link Choice}): what was entered (never
 * thrown away), the value read from it, and the message at the field saying in the clinic's words what is wrong
 * and what is accepted (empty while it is fine). It is checked again whenever what was entered, or anything its
 * rules read ({@link #dependsOn}), changes.
 *
 * <p>The value is what could be read, even when a rule refuses it (a dose not as prescribed is still the dose in
 * the syringe); {@link #validProperty()} says whether the field can be used as it is.
 *
 * @param <T> the value read
 * @param <S> the field's own type, so that declaring one reads as a chain
 */
public abstract sealed class Input<T, S extends Input<T, S>> permits Field, Choice {
    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    private final String key;
    private final String name;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final List<Function<? super T, String>> rules = new ArrayList<>();
    private final InvalidationListener recheck = x -> revalidate();
    private String whenBlank;
    private boolean blankAllowed;
    private ObservableBooleanValue blankShown = ALWAYS;
    private ObservableBooleanValue shown = ALWAYS;

    Input(String key, String name) {
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** True while nothing is entered. */
    abstract boolean isBlank();

    /** Reads what is entered; called only when something is. */
    abstract Typed<T> read();

    /** What was entered, as a draft keeps it. */
    abstract String draftText();

    abstract void restoreText(String text);

    /** What is entered, for a form or a step to listen to. */
    public abstract Observable entered();

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** Called by a subclass once what it holds exists. */
    final void watch(Observable entered) {
        entered.addListener(recheck);
        revalidate();
    }

    /** Left blank, the field says {@code words}: it is required. */
    public S whenBlank(String words) {
        whenBlank = Objects.requireNonNull(words, "words");
        blankAllowed = false;
        revalidate();
        return self();
    }

    /** Left blank, the field is required and says {@code words}, but only while {@code shown}: a form not yet sent. */
    public S whenBlank(String words, ObservableBooleanValue shown) {
        blankShown = Objects.requireNonNull(shown, "shown");
        shown.addListener(recheck);
        return whenBlank(words);
    }

    /** Left blank, the field is fine and holds no value. */
    public S optional() {
        blankAllowed = true;
        whenBlank = null;
        revalidate();
        return self();
    }

    /**
     * A rule a readable value must also pass: the problem in plain words, or "" when it passes. {@code inputs}
     * are what else the rule reads, so that it is checked again when they change.
     */
    public S rule(Function<? super T, String> problem, Observable... inputs) {
        rules.add(Objects.requireNonNull(problem, "problem"));
        dependsOn(inputs);
        return self();
    }

    /** Checks the field again whenever one of {@code inputs} changes. */
    public S dependsOn(Observable... inputs) {
        for (Observable o : inputs) {
            o.addListener(recheck);
        }
        revalidate();
        return self();
    }

    /** The field's message shows only while {@code when} holds; the field is checked all the same. */
    public S shownWhen(ObservableBooleanValue when) {
        shown = Objects.requireNonNull(when, "when");
        when.addListener(recheck);
        revalidate();
        return self();
    }

    /** Checks the field now: for rules that read something not observable, such as the clock. */
    public final void revalidate() {
        String problem;
        T read = null;
        boolean blank = isBlank();
        boolean visible = shown.get();
        if (blank && (blankAllowed || whenBlank != null)) {
            problem = blankAllowed ? "" : whenBlank;
            visible = visible && blankShown.get();
        } else {
            Typed<T> typed = read();
            read = typed.value();
            problem = typed.problem();
            for (int i = 0; read != null && problem.isEmpty() && i < rules.size(); i++) {
                problem = Objects.requireNonNullElse(rules.get(i).apply(read), "");
            }
        }
        value.set(read);
        valid.set(problem.isEmpty());
        message.set(visible ? problem : "");
    }

    /** The key of the field in a draft, stable from one version of the app to the next. */
    public String key() {
        return key;
    }

    /** The field in the clinic's words, as a list of problems names it: "dose", "time given". */
    public String name() {
        return name;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value.get());
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean blank() {
        return isBlank();
    }

    /** Puts what was entered into {@code out} under {@code prefix + key()}. */
    public void draft(String prefix, Map<String, String> out) {
        out.put(prefix + key, draftText());
    }

    /** Brings back what a draft holds for this field; a field the draft does not hold is left as it is. */
    public void restore(String prefix, Map<String, String> draft) {
        String text = draft.get(prefix + key);
        if (text != null) {
            restoreText(text);
        }
    }
}
