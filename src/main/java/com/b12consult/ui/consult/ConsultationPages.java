package com.b12consult.ui.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pages of a consultation's wizard: the steps that gather what the assessment is built from, in the order
 * the step list shows them, and last the review, which reads their findings and saves the consultation.
 */
public record ConsultationPages(List<ConsultationStep> steps, ReviewStepViewModel review) {
    public ConsultationPages {
        steps = List.copyOf(steps);
        Objects.requireNonNull(review, "review");
    }

    /** Every page in the wizard's order: the steps, then the review. */
    public List<ConsultationStep> inOrder() {
        List<ConsultationStep> all = new ArrayList<>(steps);
        all.add(review);
        return List.copyOf(all);
    }
}
