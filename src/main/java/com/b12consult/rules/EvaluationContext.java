package com.b12consult.rules;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.DerivedFacts;
import com.b12consult.domain.LabLimits;

/** Everything a condition may read: the assessment as entered, the facts derived from it, the limits in force. */
public record EvaluationContext(Assessment assessment, DerivedFacts derived, LabLimits limits) {
}
