package com.b12consult.ui.consult;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * The "something changed" signal of a step. A property's invalidation fires only until someone reads the
 * value again, so listeners that never read it would miss every change after the first; this fires every time.
 */
final class StepChanges implements Observable {
    private final List<InvalidationListener> listeners = new ArrayList<>();

    void fire() {
        for (InvalidationListener l : List.copyOf(listeners)) {
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
