package com.b12consult.ui.consult;

import com.b12consult.domain.Finding;
import com.b12consult.domain.Report;
import com.b12consult.ui.SuddenOnsetBox;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The rule module's question about a severe headache since the last dose ({@value SuddenOnsetBox#FINDING}),
 * answered with one tick on the Headaches and Review steps. The tick is the Clot risk step's current symptom
 * {@code sudden_severe_headache}: it reaches the assessment, the saved record and a draft as that box does,
 * and the box and the tick show the same answer.
 * <p>
 * Not the headache entry's associated symptom: an entry on record is shown read-only, and the saver would
 * take the same headache with one more symptom for a new diary entry, a second headache at the same time.
 * <p>
 * On offer while the finding fires and, once answered, while the tick stays, though the finding then stops
 * firing: the tick can be taken back where it was given, and nothing moves around it.
 */
public final class SuddenOnsetQuestion {
    private final BooleanProperty yes;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered", false);
    private final ReadOnlyObjectWrapper<Finding> finding = new ReadOnlyObjectWrapper<>(this, "finding");

    /** @param yes the current symptom {@code sudden_severe_headache}, ticked or not */
    SuddenOnsetQuestion(LiveConsultation live, BooleanProperty yes) {
        this.yes = Objects.requireNonNull(yes, "yes");
        live.report().addListener((obs, was, now) -> follow(now));
        yes.addListener((obs, was, now) -> follow(live.report().get()));
        follow(live.report().get());
    }

    private void follow(Report report) {
        Optional<Finding> asking = report == null ? Optional.empty()
                : report.findings().stream().filter(f -> f.id().equals(SuddenOnsetBox.FINDING)).findFirst();
        if (asking.isPresent()) {
            finding.set(asking.get());
            offered.set(true);
        } else if (!yes.get()) {
            offered.set(false);
        }
    }

    /** The tick: yes, it came on suddenly. The same property as the Clot risk step's box. */
    public BooleanProperty yesProperty() {
        return yes;
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** The finding that asked, kept while the question is on offer so its words stay after the tick. */
    public ReadOnlyObjectProperty<Finding> findingProperty() {
        return finding.getReadOnlyProperty();
    }
}
