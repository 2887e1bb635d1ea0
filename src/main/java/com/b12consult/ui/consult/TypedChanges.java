package com.b12consult.ui.consult;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * A step's "something changed" signal. Not a property: a property tells its invalidation listeners only once
 * until someone reads it, and the consultation must evaluate again after every keystroke.
 */
final class TypedChanges implements Observable {
    private final List<InvalidationListener> listeners = new CopyOnWriteArrayList<>();

    void fire() {
        for (InvalidationListener l : listeners) {
            l.invalidated(this);
        }
    }

    @Override
    public void addListener(InvalidationListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(InvalidationListener listener) {
        listeners.remove(listener);
    }
}
