package com.b12consult.ui.form;

import com.b12consult.domain.Coded;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A field picked from a list (a product, a site): blank while nothing is picked. */
public final class Choice<T> extends Input<T, Choice<T>> {
    private final ObjectProperty<T> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final Function<T, String> code;
    private final Function<String, T> decode;

    private Choice(String key, String name, Function<T, String> code, Function<String, T> decode) {
        super(key, name);
        this.code = Objects.requireNonNull(code, "code");
        this.decode = Objects.requireNonNull(decode, "decode");
        watch(chosen);
    }

    /** A choice among coded constants, kept in a draft by their codes (an unknown code is nothing chosen). */
    public static <E extends Enum<E> & Coded> Choice<E> coded(String key, String name, Class<E> type) {
        return new Choice<>(key, name, Coded::code, c -> Coded.fromCode(type, c).orElse(null));
    }

    public ObjectProperty<T> chosenProperty() {
        return chosen;
    }

    public T chosen() {
        return chosen.get();
    }

    @Override
    boolean isBlank() {
        return chosen.get() == null;
    }

    @Override
    Typed<T> read() {
        return Typed.ok(chosen.get());
    }

    @Override
    String draftText() {
        return chosen.get() == null ? "" : code.apply(chosen.get());
    }

    @Override
    void restoreText(String text) {
        chosen.set(decode.apply(text));
    }

    @Override
    public Observable entered() {
        return chosen;
    }
}
