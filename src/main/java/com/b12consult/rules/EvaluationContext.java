package com.b12consult.rules;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.DerivedFacts;
import com.b12consult.domain.LabLimits;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a condition may read: the assessment as entered, the facts derived from it, the limits in force.
 * Code-set facts are gathered once per evaluation, however many rules read them.
 */
public final class EvaluationContext {
    private final Assessment assessment;
    private final DerivedFacts derived;
    private final LabLimits limits;
    private final Map<Fact.Codes, List<Mention>> codes = new IdentityHashMap<>();

    public EvaluationContext(Assessment assessment, DerivedFacts derived, LabLimits limits) {
        this.assessment = assessment;
        this.derived = derived;
        this.limits = limits;
    }

    public Assessment assessment() {
        return assessment;
    }

    public DerivedFacts derived() {
        return derived;
    }

    public LabLimits limits() {
        return limits;
    }

    List<Mention> mentions(Fact.Codes fact) {
        return codes.computeIfAbsent(fact, f -> f.read().apply(this));
    }
}
