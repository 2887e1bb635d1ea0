package com.b12consult.ui.session;

import com.b12consult.domain.Actor;
import com.b12consult.domain.ClinicContact;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.store.SettingKey;
import com.b12consult.store.SettingsRepository;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The clinic's name and phone, asked for once the database is open and before the window is used, while
 * no clinic name is set: every handout names them as whom to call. It is passed only explicitly, with
 * Later, which stores nothing, and then it is asked again at the next start. A refused value keeps what
 * was typed, with the reason at its field.
 */
public final class ClinicDetailsViewModel {
    /** How the form was left: its details saved, or put off until the next start. */
    public enum Outcome { SAVED, LATER }

    private final SettingsRepository settings;
    private final Actor actor;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper phoneProblem = new ReadOnlyStringWrapper(this, "phoneProblem", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    public ClinicDetailsViewModel(SettingsRepository settings, Actor actor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.actor = Objects.requireNonNull(actor, "actor");
        // a phone set in Settings without a name is shown, not asked for again
        ClinicSettings stored = settings.load();
        name.set(stored.clinicName());
        phone.set(stored.clinicPhone());
        name.addListener((obs, was, now) -> {
            nameProblem.set("");
            failure.set("");
        });
        phone.addListener((obs, was, now) -> {
            phoneProblem.set("");
            failure.set("");
        });
    }

    /** True while no clinic name is stored: the form is shown at this start. */
    public static boolean needed(SettingsRepository settings) {
        return settings.get(SettingKey.CLINIC_NAME).isBlank();
    }

    /**
     * Stores the name and phone (audited) and closes the form; refused, storing nothing and keeping the
     * text, with the reason at each wrong field, or at the form when the store fails.
     */
    public boolean save() {
        failure.set("");
        Optional<String> badName = ClinicContact.nameProblem(name.get());
        Optional<String> badPhone = ClinicContact.phoneProblem(phone.get());
        nameProblem.set(badName.orElse(""));
        phoneProblem.set(badPhone.orElse(""));
        if (badName.isPresent() || badPhone.isPresent()) {
            return false;
        }
        try {
            settings.saveClinicContact(name.get().strip(), phone.get().strip(), actor);
        } catch (StoreException e) {
            failure.set(SaveFailures.say("Nothing was saved: ", e));
            return false;
        }
        outcome.set(Outcome.SAVED);
        return true;
    }

    /** Closes the form storing nothing; the next start asks again. */
    public void later() {
        outcome.set(Outcome.LATER);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** Why the name was refused; empty otherwise, and again once it is changed. */
    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    /** Why the phone was refused; empty otherwise, and again once it is changed. */
    public ReadOnlyStringProperty phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }

    /** Why nothing was saved although the values were right (the store failed); empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Null while the form is open; then how it was left. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
