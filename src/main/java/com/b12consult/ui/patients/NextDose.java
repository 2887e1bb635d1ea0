package com.b12consult.ui.patients;

import com.b12consult.domain.DueDose;
import com.b12consult.domain.DueState;
import java.util.Objects;
import java.util.Optional;

/** A patient's next dose as the list shows it; empty when no prescription is in force. */
public record NextDose(Optional<DueDose> due) {
    public static final NextDose NO_PRESCRIPTION = new NextDose(Optional.empty());

    public NextDose {
        Objects.requireNonNull(due, "due");
    }

    /** "Overdue by 3 days", "Due today", the day it falls due, or "No prescription". */
    public String words() {
        return due.map(d -> switch (d.state()) {
            case OVERDUE -> "Overdue by " + d.daysOverdue() + (d.daysOverdue() == 1 ? " day" : " days");
            case DUE_TODAY -> "Due today";
            case NOT_YET -> d.dueOn().toString();
        }).orElse("No prescription");
    }

    public Optional<DueState> state() {
        return due.map(DueDose::state);
    }
}
