package com.b12consult.ui.form;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A typed field: the text as typed, read by one of the {@link Typed} readers. A message never clears the text:
 * what was typed stays to be corrected.
 */
public final class Field<T> extends Input<T, Field<T>> {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final Function<String, Typed<T>> reader;

    private Field(String key, String name, Function<String, Typed<T>> reader) {
        super(key, name);
        this.reader = Objects.requireNonNull(reader, "reader");
        watch(text);
    }

    /**
     * A field with its draft {@code key}, its {@code name} in the clinic's words and its reader; blank text
     * goes to the reader too unless {@link #whenBlank} or {@link #optional} says otherwise.
     */
    public static <T> Field<T> of(String key, String name, Function<String, Typed<T>> reader) {
        return new Field<>(key, name, reader);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get() == null ? "" : text.get();
    }

    @Override
    boolean isBlank() {
        return text().isBlank();
    }

    @Override
    Typed<T> read() {
        return reader.apply(text());
    }

    @Override
    String draftText() {
        return text();
    }

    @Override
    void restoreText(String typed) {
        text.set(typed);
    }

    @Override
    public Observable entered() {
        return text;
    }
}
