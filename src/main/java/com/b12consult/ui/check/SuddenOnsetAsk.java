package com.b12consult.ui.check;

import com.b12consult.domain.Finding;
import com.b12consult.domain.Report;
import com.b12consult.domain.SymptomCode;
import com.b12consult.ui.SuddenOnsetBox;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The question the rule module asks once a severe headache is on record since the last dose
 * ({@value SuddenOnsetBox#FINDING}): did it come on suddenly, the worst headache ever? A yes is the stroke sign
 * {@code sudden_severe_headache}, recorded as today's questions record it, ticked under
 * {@link TodayQuestion#HEADACHE}, so the saved check and the banner read it like any other answer.
 * <p>
 * The tick raises that question's "yes" when it was not given, and takes back only what it raised. The
 * finding stops firing once the sign is reported; the question stays on offer all the same until another
 * patient is opened, so the tick can be taken back where it was given and nothing moves around it.
 */
public final class SuddenOnsetAsk {
    private final Answer headache;
    private final BooleanProperty sign;
    private final BooleanBinding reported;
    private final BooleanProperty yes = new SimpleBooleanProperty(this, "yes", false);
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered", false);
    private final ReadOnlyObjectWrapper<Finding> finding = new ReadOnlyObjectWrapper<>(this, "finding");
    private boolean raisedYes;
    private boolean answering;

    SuddenOnsetAsk(Answer headache) {
        this.headache = headache;
        this.sign = headache.signProperty(SymptomCode.SUDDEN_SEVERE_HEADACHE);
        reported = headache.yesProperty().and(sign);
        reported.addListener((obs, was, now) -> {
            boolean outer = answering;
            answering = true;
            try {
                yes.set(now);
            } finally {
                answering = outer;
            }
        });
        yes.addListener((obs, was, now) -> {
            if (!answering) {
                answer(now);
            }
        });
        // A "yes" the nurse gives or takes back herself is hers: the tick no longer takes it back.
        headache.yesProperty().addListener((obs, was, now) -> {
            if (!answering) {
                raisedYes = false;
            }
        });
    }

    private void answer(boolean sudden) {
        boolean outer = answering;
        answering = true;
        try {
            if (sudden) {
                raisedYes = !headache.yesProperty().get();
                // The sign first, then the yes: the check is never evaluated on a bare yes in between.
                sign.set(true);
                headache.yesProperty().set(true);
            } else {
                boolean othersTicked = headache.question().signs().stream()
                        .anyMatch(s -> s != SymptomCode.SUDDEN_SEVERE_HEADACHE && headache.signProperty(s).get());
                if (raisedYes && !othersTicked) {
                    headache.yesProperty().set(false);
                }
                raisedYes = false;
                sign.set(false);
            }
        } finally {
            answering = outer;
        }
    }

    /** Follows the report of the check: on offer while the finding fires, and after, while it is answered. */
    void follow(Report report) {
        Optional<Finding> asking = report == null ? Optional.empty()
                : report.findings().stream().filter(f -> f.id().equals(SuddenOnsetBox.FINDING)).findFirst();
        if (asking.isPresent()) {
            finding.set(asking.get());
            offered.set(true);
        } else if (!headache.codes().contains(SymptomCode.SUDDEN_SEVERE_HEADACHE)) {
            offered.set(false);
        }
    }

    /** Another patient: nothing asked yet. */
    void reset() {
        raisedYes = false;
        offered.set(false);
        finding.set(null);
    }

    /** The tick: yes, it came on suddenly. Mirrors the sign under {@link TodayQuestion#HEADACHE}. */
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
