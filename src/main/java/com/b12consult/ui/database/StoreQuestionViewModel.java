package com.b12consult.ui.database;

import com.b12consult.store.StoreChoice;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the clinic's records are kept, asked once at the first start of this computer: "This computer only"
 * (the default, one click, the app as it always was) or "Clinic server" (the connection form, tried before
 * it is used). Also asked when a clinic server chosen before cannot be used, to try again or choose another.
 */
public final class StoreQuestionViewModel {
    /** How the question was answered. */
    public enum Answer { THIS_COMPUTER, CLINIC_SERVER }

    private final ServerFormViewModel server;
    private final StoreSwitch stores;
    private final Optional<StoreChoice> kept;
    private final String note;
    private final ReadOnlyBooleanWrapper showingServer = new ReadOnlyBooleanWrapper(this, "showingServer", false);
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>(this, "answer");

    /**
     * @param kept the choice saved before (its server's details fill the form), if any
     * @param note why the question is asked again (a saved choice that cannot be read); empty at a first start
     */
    public StoreQuestionViewModel(ServerFormViewModel server, StoreSwitch stores, Optional<StoreChoice> kept,
                                  String note) {
        this.server = Objects.requireNonNull(server, "server");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.kept = Objects.requireNonNull(kept, "kept");
        this.note = note == null ? "" : note;
        kept.filter(k -> !k.host().isEmpty()).ifPresent(server::fill);
        kept.filter(k -> k.kind() == StoreChoice.Kind.CLINIC_SERVER).ifPresent(k -> showingServer.set(true));
    }

    public void thisComputer() {
        if (answer.get() != null) {
            return;
        }
        answer.set(Answer.THIS_COMPUTER);
        stores.useThisComputer(StoreChoice.thisComputer(kept));
    }

    /** Shows the connection form. */
    public void clinicServer() {
        showingServer.set(true);
    }

    /** Back to the two choices; what was typed stays in the form. */
    public void back() {
        showingServer.set(false);
    }

    /** Tries the server as typed; when it answers, it is kept and the app opens on it. */
    public void useServer() {
        server.reach(reached -> {
            stores.useServer(reached.choice(), reached.location());
            answer.set(Answer.CLINIC_SERVER);
        });
    }

    public ServerFormViewModel server() {
        return server;
    }

    public String note() {
        return note;
    }

    public ReadOnlyBooleanProperty showingServerProperty() {
        return showingServer.getReadOnlyProperty();
    }

    /** Set once the question is answered: the card goes. */
    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }
}
