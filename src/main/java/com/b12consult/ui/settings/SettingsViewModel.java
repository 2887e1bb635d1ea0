package com.b12consult.ui.settings;

import com.b12consult.domain.Actor;
import com.b12consult.domain.ClinicContact;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.store.SettingsRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Settings screen: the clinic's details for the handout, the handout's paper size, and the lab
 * limits the rule module uses, each beside its cited default. Nothing is stored until Save, and Save
 * refuses while any limit is not a positive number or the platelet grades are out of order.
 *
 * <p>The settings are read and saved off the screen's thread, through the {@link TaskRunner}: while they are read
 * the form waits (there is nothing yet to change), and while they are saved Save waits. A save that fails keeps
 * everything as typed, and says that nothing was saved and why; the newest read wins over an older one.
 */
public final class SettingsViewModel {
    private static final Set<LabLimitKey> PLATELET_GRADES =
            Set.of(LabLimitKey.PLATELETS_LOWER, LabLimitKey.PLATELETS_VERY_LOW, LabLimitKey.PLATELETS_SEVERE);

    private final SettingsRepository settings;
    private final Actor actor;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    /** True once the stored settings were read: until then what the form shows is not the clinic's, and is not saved. */
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    /** Counts the reads and saves: a read is shown only when no later one began. */
    private long requests;
    /** Counts the changes to the form, to know whether anything was typed while a save ran. */
    private long edits;
    private final StringProperty clinicName = new SimpleStringProperty(this, "clinicName", "");
    private final StringProperty clinicAddress = new SimpleStringProperty(this, "clinicAddress", "");
    private final StringProperty clinicPhone = new SimpleStringProperty(this, "clinicPhone", "");
    private final ObjectProperty<PaperSize> paperSize = new SimpleObjectProperty<>(this, "paperSize", PaperSize.A4);
    private final List<LabLimitField> limits = new ArrayList<>();
    private final Map<LabLimitKey, LabLimitField> byKey = new EnumMap<>(LabLimitKey.class);
    /** The platelet limit last typed in: the order message shows there, where the user is looking. */
    private final ObjectProperty<LabLimitKey> lastPlateletEdited =
            new SimpleObjectProperty<>(LabLimitKey.PLATELETS_LOWER);
    private final ObjectProperty<ClinicSettings> saved = new SimpleObjectProperty<>(ClinicSettings.defaults());
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObjectBinding<Check> check;
    /** The handout prints these as whom to call; either may be left empty here, but not be wrong. */
    private final StringBinding clinicNameProblem = Bindings.createStringBinding(
            () -> clinicName.get().isBlank() ? "" : ClinicContact.nameProblem(clinicName.get()).orElse(""), clinicName);
    private final StringBinding clinicPhoneProblem = Bindings.createStringBinding(
            () -> clinicPhone.get().isBlank() ? "" : ClinicContact.phoneProblem(clinicPhone.get()).orElse(""),
            clinicPhone);
    private final BooleanBinding valid;
    private final BooleanBinding dirty;

    /** @param tasks reads and saves the settings off the screen's thread, and hands the outcome back on it */
    public SettingsViewModel(SettingsRepository settings, Actor actor, TaskRunner tasks) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        List<Observable> values = new ArrayList<>();
        for (LabLimitKey key : LabLimitKey.values()) {
            LabLimitField field = new LabLimitField(key);
            limits.add(field);
            byKey.put(key, field);
            values.add(field.valueProperty());
            if (PLATELET_GRADES.contains(key)) {
                field.valueProperty().addListener((obs, was, now) -> lastPlateletEdited.set(key));
            }
        }
        check = Bindings.createObjectBinding(this::checkLimits, values.toArray(Observable[]::new));
        for (LabLimitField field : limits) {
            if (PLATELET_GRADES.contains(field.key())) {
                field.bindOrderError(Bindings.createStringBinding(
                        () -> field.key() == lastPlateletEdited.get() ? check.get().orderProblem() : "",
                        check, lastPlateletEdited));
            }
        }
        valid = Bindings.createBooleanBinding(() -> check.get().limits() != null, check);
        List<Observable> everything = new ArrayList<>(values);
        everything.addAll(List.of(clinicName, clinicAddress, clinicPhone, paperSize, saved));
        dirty = Bindings.createBooleanBinding(() -> !sameAsSaved(), everything.toArray(Observable[]::new));
        for (Observable o : everything) {
            ((ObservableValue<?>) o).addListener((obs, was, now) -> {
                edits++;
                outcome.set("");
            });
        }
        reload();
    }

    /** The limits as typed, when they all are numbers and in order; otherwise why not (for the platelet grades). */
    private record Check(LabLimits limits, String orderProblem) {
    }

    private Check checkLimits() {
        Map<LabLimitKey, Double> typed = new EnumMap<>(LabLimitKey.class);
        for (LabLimitField field : limits) {
            if (!field.isNumber()) {
                return new Check(null, "");
            }
            typed.put(field.key(), field.number().orElseThrow());
        }
        try {
            return new Check(LabLimitsBuilder.build(typed), "");
        } catch (IllegalArgumentException e) {
            return new Check(null, e.getMessage() + ".");
        }
    }

    private boolean sameAsSaved() {
        ClinicSettings s = saved.get();
        if (!s.clinicName().equals(clinicName.get()) || !s.clinicAddress().equals(clinicAddress.get())
                || !s.clinicPhone().equals(clinicPhone.get()) || s.paperSize() != paperSize.get()) {
            return false;
        }
        LabLimits typed = check.get().limits();
        return typed != null && typed.equals(s.labLimits());
    }

    /** Reads the settings from the database, off the screen's thread, dropping any unsaved changes once read. */
    public void reload() {
        long request = ++requests;
        failure.set("");
        outcome.set("");
        loading.set(true);
        tasks.run(settings::load, stored -> {
            if (request != requests) {
                return;
            }
            loading.set(false);
            show(stored);
            loaded.set(true);
            failure.set("");
            outcome.set("");
        }, failed -> {
            if (request != requests) {
                return;
            }
            loading.set(false);
            failure.set(SaveFailures.say("The settings could not be read: ", failed)
                    + (loaded.get() ? "" : " Discard changes reads them again."));
        });
    }

    private void show(ClinicSettings s) {
        saved.set(s);
        clinicName.set(s.clinicName());
        clinicAddress.set(s.clinicAddress());
        clinicPhone.set(s.clinicPhone());
        paperSize.set(s.paperSize());
        for (LabLimitField field : limits) {
            field.valueProperty().set(LabLimitField.format(s.labLimits().value(field.key())));
        }
        lastPlateletEdited.set(LabLimitKey.PLATELETS_LOWER);
    }

    /** Puts every lab limit back to its cited default; Save then stores it. The clinic's details stay. */
    public void resetLabLimitsToDefaults() {
        for (LabLimitField field : limits) {
            field.valueProperty().set(LabLimitField.format(field.key().defaultValue()));
        }
    }

    /**
     * Stores everything in one step, off the screen's thread; returns false, storing nothing, while a value is wrong
     * (said at the form) or the settings are still being read or saved. A store that fails is said when it answers
     * ({@link #failureProperty()}), everything typed kept.
     */
    public boolean save() {
        if (saving.get()) {
            return false;
        }
        failure.set("");
        if (!loaded.get()) {
            failure.set("Nothing was saved: the stored settings have not been read yet"
                    + (loading.get() ? "." : "; Discard changes reads them again."));
            return false;
        }
        if (!clinicNameProblem.get().isEmpty() || !clinicPhoneProblem.get().isEmpty()) {
            failure.set("Nothing was saved: correct the clinic's details marked above first.");
            return false;
        }
        LabLimits typed = check.get().limits();
        if (typed == null) {
            failure.set("Nothing was saved: correct the lab limits marked below first.");
            return false;
        }
        ClinicSettings next = new ClinicSettings(clinicName.get().strip(), clinicAddress.get().strip(),
                clinicPhone.get().strip(), Objects.requireNonNullElse(paperSize.get(), PaperSize.A4), typed);
        long request = ++requests;
        long editsBefore = edits;
        saving.set(true);
        tasks.run(() -> {
            settings.save(next, actor);
            return next;
        }, stored -> {
            saving.set(false);
            if (request == requests && edits == editsBefore) {
                // the form shows what is stored now (the names trimmed)
                show(stored);
            } else {
                // typed on while it saved, or read again meanwhile: what was typed since stays, unsaved
                saved.set(stored);
            }
            outcome.set("Settings saved.");
        }, failed -> {
            saving.set(false);
            failure.set(SaveFailures.say("Nothing was saved (the clinic's details, the paper size and the lab limits"
                    + " are kept as typed): ", failed));
        });
        return true;
    }

    /** True while the settings are read: the form waits, and the screen says so. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the settings are saved: Save waits. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once the stored settings were read; until then there is nothing to change or save. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty clinicNameProperty() {
        return clinicName;
    }

    public StringProperty clinicAddressProperty() {
        return clinicAddress;
    }

    public StringProperty clinicPhoneProperty() {
        return clinicPhone;
    }

    /** Why the clinic name cannot be printed as typed (too long); empty otherwise, and when left empty. */
    public StringBinding clinicNameProblem() {
        return clinicNameProblem;
    }

    /** Why the phone cannot be printed as typed (letters, too few digits); empty otherwise, and when left empty. */
    public StringBinding clinicPhoneProblem() {
        return clinicPhoneProblem;
    }

    public ObjectProperty<PaperSize> paperSizeProperty() {
        return paperSize;
    }

    /** Every lab limit, in the order of {@link LabLimitKey}. */
    public List<LabLimitField> labLimits() {
        return List.copyOf(limits);
    }

    public LabLimitField labLimit(LabLimitKey key) {
        return byKey.get(key);
    }

    /** True when every lab limit is a positive number and the platelet grades are in order. */
    public BooleanBinding valid() {
        return valid;
    }

    /** True when something differs from what is stored. */
    public BooleanBinding dirty() {
        return dirty;
    }

    /** After a save: that it was saved. Cleared by the next change. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why nothing was saved; empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
