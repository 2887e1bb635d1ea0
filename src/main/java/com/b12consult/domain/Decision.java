package com.b12consult.domain;

import java.util.List;
import java.util.Objects;

/** The decision and the reasons that set it (the titles of the findings that decided it). */
public record Decision(DecisionStatus status, List<String> reasons) {
    public Decision {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }
}
