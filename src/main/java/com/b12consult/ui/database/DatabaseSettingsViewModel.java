package com.b12consult.ui.database;

import com.b12consult.store.StoreChoice;
import com.b12consult.store.StoreException;
import com.b12consult.store.StoreLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Settings → Database: which store is open, and the switch to the other (or to another server). A server is
 * tried before it is used; the app then keeps the choice and opens every screen again on it, as after a restore.
 */
public final class DatabaseSettingsViewModel {
    private final StoreLocation open;
    private final ServerFormViewModel server;
    private final StoreSwitch stores;
    private final Optional<StoreChoice> kept;
    private final ObjectProperty<StoreChoice.Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final String notes;

    /**
     * @param open the store the screens are on now
     * @param kept the choice saved on this computer, if any (its server's details fill the form)
     * @param notes what reading the saved choice found that the user should know (a file made theirs alone)
     */
    public DatabaseSettingsViewModel(StoreLocation open, Optional<StoreChoice> kept, List<String> notes,
                                     ServerFormViewModel server, StoreSwitch stores) {
        this.open = Objects.requireNonNull(open, "open");
        this.server = Objects.requireNonNull(server, "server");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.kept = Objects.requireNonNull(kept, "kept");
        this.notes = String.join(" ", notes);
        kept.filter(k -> !k.host().isEmpty()).ifPresent(server::fill);
        if (open instanceof StoreLocation.ClinicServer s && kept.map(k -> k.host().isEmpty()).orElse(true)) {
            fillFrom(s); // opened with --db: the form starts from the server in use
        }
        kind.set(open instanceof StoreLocation.ClinicServer ? StoreChoice.Kind.CLINIC_SERVER
                : StoreChoice.Kind.THIS_COMPUTER);
        kind.addListener(x -> {
            failure.set("");
            outcome.set("");
        });
    }

    private void fillFrom(StoreLocation.ClinicServer s) {
        java.net.URI uri = java.net.URI.create(s.url());
        server.hostProperty().set(uri.getHost());
        server.portProperty().set(Integer.toString(uri.getPort() < 0 ? StoreChoice.DEFAULT_PORT : uri.getPort()));
        server.databaseProperty().set(uri.getPath().substring(1));
        server.userProperty().set(s.user());
        server.tlsProperty().set(ServerFormViewModel.Tls.of(s.sslMode()));
        server.caFileProperty().set(s.sslRootCert().map(Object::toString).orElse(""));
    }

    /** "This computer only: FILE" or "Clinic server: host:port/database as user, TLS ...". */
    public String inUse() {
        return StoreWords.describe(open);
    }

    /** Uses the kind chosen: this computer's file, or the server as the form names it (tried first). */
    public void use() {
        failure.set("");
        outcome.set("");
        if (kind.get() == StoreChoice.Kind.THIS_COMPUTER) {
            if (open instanceof StoreLocation.SqliteFile) {
                outcome.set("This computer's file is in use already.");
                return;
            }
            try {
                stores.useThisComputer(server.keptWithThisComputer());
            } catch (StoreException e) {
                failure.set(e.getMessage());
            }
            return;
        }
        server.reach(reached -> stores.useServer(reached.choice(), reached.location()));
    }

    public ServerFormViewModel server() {
        return server;
    }

    public ObjectProperty<StoreChoice.Kind> kindProperty() {
        return kind;
    }

    /** What reading the saved choice found (empty when nothing to say). */
    public String notes() {
        return notes;
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
