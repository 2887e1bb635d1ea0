package com.b12consult.ui.consult;

import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.Finding;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The answer being given to one urgent or warning alert: acted on, or not applicable with a reason.
 * Nothing chosen yet is {@code null}; a reason typed stays even when the choice goes back to "acted on".
 */
public final class AlertAnswerForm {
    private final Finding finding;
    private final ObjectProperty<AlertResponse> response = new SimpleObjectProperty<>(this, "response");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringBinding reasonMessage;

    AlertAnswerForm(Finding finding) {
        this.finding = Objects.requireNonNull(finding, "finding");
        reasonMessage = Bindings.createStringBinding(() -> response.get() == AlertResponse.NOT_APPLICABLE
                && reason.get().isBlank()
                ? "Write why this alert does not apply to this patient; \"not applicable\" needs a reason."
                : "", response, reason);
    }

    public Finding finding() {
        return finding;
    }

    public ObjectProperty<AlertResponse> responseProperty() {
        return response;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** What is wrong with the answer, at the reason field; empty when nothing is. */
    public ObservableStringValue reasonMessage() {
        return reasonMessage;
    }

    /** The answer as it will be saved; empty while it is not complete. */
    public Optional<AlertAnswer> answer() {
        AlertResponse r = response.get();
        if (r == null || (r == AlertResponse.NOT_APPLICABLE && reason.get().isBlank())) {
            return Optional.empty();
        }
        return Optional.of(new AlertAnswer(finding.id(), r, reason.get()));
    }
}
