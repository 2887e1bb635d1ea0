package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;

/**
 * One step of the consultation (Injections, Clot risk, Blood count, Headaches, Exercise, Review). A step
 * holds what the clinician typed, valid or not; only what is valid goes into the assessment, and what is
 * not is listed in {@link #problems()} so the review can say which values its findings leave out. A step is
 * {@linkplain #validProperty() valid} while none is listed: the wizard's Next and Save are bound to that.
 */
public interface ConsultationStep {
    /**
     * The step's fixed id, what its draft is kept under ({@code "blood-count"}): never the title, so renaming a
     * step on screen strands no clinic's drafts.
     */
    String id();

    /** The step's name in the step list, with a mnemonic underscore, e.g. {@code "_Blood count"}. */
    String title();

    /** What is wrong with what is typed, each naming its field; Next is disabled while any is listed. */
    ObservableList<FieldProblem> problems();

    /** True while {@link #problems()} is empty; derived from it, never set. Make it with {@link #validWhileNone}. */
    ReadOnlyBooleanProperty validProperty();

    /** Fires whenever anything the step holds changes, so the consultation evaluates again. */
    Observable changes();

    /** Puts what the step holds, as far as it is valid, into the assessment being built. */
    void writeTo(AssessmentParts parts);

    /** Every field as typed, valid or not, by a key of the step's own; what a draft keeps. */
    Map<String, String> draft();

    /** Puts back what {@link #draft()} gave; keys it does not know are ignored. */
    void restore(Map<String, String> draft);

    /** A step's {@link #validProperty()}: bound to its problems being none, for the step to keep in a field. */
    static ReadOnlyBooleanProperty validWhileNone(ConsultationStep step, ObservableList<FieldProblem> problems) {
        ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(step, "valid");
        valid.bind(Bindings.isEmpty(problems));
        return valid.getReadOnlyProperty();
    }
}
