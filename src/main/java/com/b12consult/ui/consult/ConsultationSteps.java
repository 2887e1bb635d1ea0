package com.b12consult.ui.consult;

import com.b12consult.assessment.OnRecord;
import javafx.collections.ObservableList;

/**
 * Makes the pages of a consultation for a patient, filled from the record: its steps in the order the step
 * list shows them, and the review after them. The composition root decides which steps there are.
 */
@FunctionalInterface
public interface ConsultationSteps {
    /**
     * @param pendingElsewhere what is wrong in the other steps and in the assessment as a whole, kept current:
     *                         for the review, which must say which values its findings leave out
     */
    ConsultationPages create(OnRecord record, LiveConsultation live, ObservableList<FieldProblem> pendingElsewhere);
}
