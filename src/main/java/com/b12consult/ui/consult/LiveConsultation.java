package com.b12consult.ui.consult;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What a step may read of the consultation as a whole, kept current as anything changes: the assessment
 * built from every step and its report (for example, the blood count chart marks the injection dates the
 * Injections step holds; the headache step shows the timing the rule module derives).
 */
public interface LiveConsultation {
    /** The assessment from every step as it stands; never null once the consultation is open. */
    ReadOnlyObjectProperty<Assessment> assessment();

    /** Its report under the rulebook in use; never null once the consultation is open. */
    ReadOnlyObjectProperty<Report> report();

    /** The lab limits in Settings. */
    LabLimits limits();
}
