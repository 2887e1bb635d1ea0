package com.b12consult.ui.session;

import com.b12consult.domain.Actor;
import com.b12consult.domain.ClinicContact;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.store.SettingKey;
import com.b12consult.store.SettingsRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 *
 * <p>The details are read and saved off the screen's thread, through the {@link TaskRunner}: Save waits while they
 * are, and a save that fails keeps what was typed and says the name and phone were not saved.
 */
public final class ClinicDetailsViewModel {
    /** How the form was left: its details saved, or put off until the next start. */
    public enum Outcome { SAVED, LATER }

    private final SettingsRepository settings;
    private final Actor actor;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper phoneProblem = new ReadOnlyStringWrapper(this, "phoneProblem", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    /** Reads what is stored off the screen's thread; the form waits until it is read. */
    public ClinicDetailsViewModel(SettingsRepository settings, Actor actor, TaskRunner tasks) {
        this(settings, actor, tasks, null);
        loading.set(true);
        tasks.run(settings::load, stored -> {
            loading.set(false);
            fill(stored);
        }, failed -> {
            loading.set(false);
            failure.set(SaveFailures.say("The clinic's details could not be read: ", failed));
        });
    }

    /**
     * @param stored what is stored, read already (off the screen's thread): a phone set in Settings without a name
     *               is shown, not asked for again
     */
    public ClinicDetailsViewModel(SettingsRepository settings, Actor actor, TaskRunner tasks, ClinicSettings stored) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        if (stored != null) {
            fill(stored);
        }
        name.addListener((obs, was, now) -> {
            nameProblem.set("");
            failure.set("");
        });
        phone.addListener((obs, was, now) -> {
            phoneProblem.set("");
            failure.set("");
        });
    }

    private void fill(ClinicSettings stored) {
        name.set(stored.clinicName());
        phone.set(stored.clinicPhone());
    }

    /** True while no clinic name is among the settings read: the form is shown at this start. */
    public static boolean needed(ClinicSettings stored) {
        return stored.clinicName().isBlank();
    }

    /** True while no clinic name is stored: the form is shown at this start. */
    public static boolean needed(SettingsRepository settings) {
        return settings.get(SettingKey.CLINIC_NAME).isBlank();
    }

    /**
     * Stores the name and phone (audited), off the screen's thread, and closes the form once stored; refused
     * (false), storing nothing and keeping the text, with the reason at each wrong field, or while the details are
     * read or saved. A store that fails is said at the form when it answers, the text kept.
     */
    public boolean save() {
        if (loading.get() || saving.get()) {
            return false;
        }
        failure.set("");
        Optional<String> badName = ClinicContact.nameProblem(name.get());
        Optional<String> badPhone = ClinicContact.phoneProblem(phone.get());
        nameProblem.set(badName.orElse(""));
        phoneProblem.set(badPhone.orElse(""));
        if (badName.isPresent() || badPhone.isPresent()) {
            return false;
        }
        String n = name.get().strip();
        String p = phone.get().strip();
        saving.set(true);
        tasks.run(() -> {
            settings.saveClinicContact(n, p, actor);
            return Outcome.SAVED;
        }, saved -> {
            saving.set(false);
            outcome.set(saved);
        }, failed -> {
            saving.set(false);
            failure.set(SaveFailures.say("Nothing was saved (the clinic's name and phone are kept as typed): ", failed));
        });
        return true;
    }

    /** True while what is stored is read: the form waits. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the name and phone are saved: Save waits. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
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
