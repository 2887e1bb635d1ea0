package com.b12consult.ui.patients;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.DuplicatePatientIdentifierException;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The patient form: a new patient or the one being edited. A field's message shows once the field
 * has been changed or a save was tried, so an empty new form is not a wall of red. Saving refuses while
 * any field is wrong; when the store refuses (a duplicate identifier, a failure), every typed value stays.
 */
public final class PatientFormViewModel {
    private final PatientRepository patients;
    private final Actor actor;
    private final Clock clock;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty identifier = new SimpleStringProperty(this, "identifier", "");
    private final StringProperty birthDate = new SimpleStringProperty(this, "birthDate", "");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex", Sex.UNKNOWN);
    private final ObjectProperty<AllergyStatus> allergyStatus =
            new SimpleObjectProperty<>(this, "allergyStatus", AllergyStatus.NOT_RECORDED);
    private final StringProperty knownAllergies = new SimpleStringProperty(this, "knownAllergies", "");

    private final ReadOnlyObjectWrapper<Patient> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ObjectProperty<PatientDraft> loaded = new SimpleObjectProperty<>(PatientDraft.EMPTY);
    private final BooleanProperty saveTried = new SimpleBooleanProperty();
    private final BooleanProperty nameChanged = new SimpleBooleanProperty();
    private final BooleanProperty identifierChanged = new SimpleBooleanProperty();
    private final BooleanProperty birthDateChanged = new SimpleBooleanProperty();
    private final BooleanProperty allergiesChanged = new SimpleBooleanProperty();
    private final ObjectProperty<DuplicatePatientIdentifierException> refusedIdentifier = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private boolean loading;

    private final StringBinding nameError;
    private final StringBinding identifierError;
    private final StringBinding birthDateError;
    private final StringBinding allergiesError;
    private final StringBinding nameMessage;
    private final StringBinding identifierMessage;
    private final StringBinding birthDateMessage;
    private final StringBinding allergiesMessage;
    private final BooleanBinding valid;
    private final BooleanBinding dirty;
    private final StringBinding title;

    public PatientFormViewModel(PatientRepository patients, Actor actor, Clock clock) {
        this.patients = Objects.requireNonNull(patients, "patients");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");

        nameError = Bindings.createStringBinding(() -> PatientForm.nameError(name.get()), name);
        identifierError = Bindings.createStringBinding(this::checkIdentifier, identifier, refusedIdentifier);
        birthDateError = Bindings.createStringBinding(
                () -> PatientForm.birthDateError(birthDate.get(), LocalDate.now(clock)), birthDate);
        allergiesError = Bindings.createStringBinding(
                () -> PatientForm.allergiesError(allergyStatus.get(), knownAllergies.get()), allergyStatus, knownAllergies);
        nameMessage = shownWhen(nameError, nameChanged);
        identifierMessage = Bindings.createStringBinding(
                // The store's refusal shows at once: the user pressed Save and must see why nothing was saved.
                () -> refusedIdentifier.get() != null || identifierChanged.get() || saveTried.get()
                        ? identifierError.get() : "",
                identifierError, identifierChanged, saveTried, refusedIdentifier);
        birthDateMessage = shownWhen(birthDateError, birthDateChanged);
        allergiesMessage = shownWhen(allergiesError, allergiesChanged);
        valid = Bindings.createBooleanBinding(
                () -> nameError.get().isEmpty() && identifierError.get().isEmpty() && birthDateError.get().isEmpty()
                        && allergiesError.get().isEmpty(),
                nameError, identifierError, birthDateError, allergiesError);
        dirty = Bindings.createBooleanBinding(() -> !draft().equals(loaded.get()),
                name, identifier, birthDate, sex, allergyStatus, knownAllergies, loaded);
        title = Bindings.createStringBinding(
                () -> editing.get() == null ? "New patient" : editing.get().name(), editing);

        markChanges(name, nameChanged);
        markChanges(identifier, identifierChanged);
        markChanges(birthDate, birthDateChanged);
        markChanges(knownAllergies, allergiesChanged);
        allergyStatus.addListener((obs, was, now) -> {
            if (!loading) {
                allergiesChanged.set(true);
            }
        });
        for (ObservableValue<?> field : new ObservableValue<?>[] {name, identifier, birthDate, sex, allergyStatus,
                knownAllergies}) {
            field.addListener((obs, was, now) -> {
                if (!loading) {
                    outcome.set("");
                }
            });
        }
    }

    private StringBinding shownWhen(StringBinding error, BooleanProperty changed) {
        return Bindings.createStringBinding(() -> changed.get() || saveTried.get() ? error.get() : "",
                error, changed, saveTried);
    }

    private void markChanges(StringProperty field, BooleanProperty changed) {
        field.addListener((obs, was, now) -> {
            if (!loading) {
                changed.set(true);
            }
        });
    }

    private String checkIdentifier() {
        String required = PatientForm.identifierError(identifier.get());
        if (!required.isEmpty()) {
            return required;
        }
        DuplicatePatientIdentifierException refused = refusedIdentifier.get();
        if (refused != null && refused.identifier().strip().equalsIgnoreCase(identifier.get().strip())) {
            return refused.getMessage() + ".";
        }
        return "";
    }

    /** Empties the form for a new patient. */
    public void startNew() {
        load(null);
    }

    /** Fills the form with a saved patient's details for editing. */
    public void edit(Patient patient) {
        load(Objects.requireNonNull(patient, "patient"));
    }

    /** Puts back what was last loaded or saved, dropping the changes typed since. */
    public void discardChanges() {
        load(editing.get());
    }

    private void load(Patient patient) {
        PatientDraft draft = patient == null ? PatientDraft.EMPTY : PatientDraft.of(patient);
        loading = true;
        try {
            editing.set(patient);
            name.set(draft.name());
            identifier.set(draft.identifier());
            birthDate.set(draft.birthDate());
            sex.set(draft.sex());
            allergyStatus.set(draft.allergyStatus());
            knownAllergies.set(draft.knownAllergies());
            loaded.set(draft);
            saveTried.set(false);
            nameChanged.set(false);
            identifierChanged.set(false);
            birthDateChanged.set(false);
            allergiesChanged.set(false);
            refusedIdentifier.set(null);
            failure.set("");
        } finally {
            loading = false;
        }
    }

    /**
     * Saves the patient when every field is right. Returns the saved patient, or empty when a field is
     * wrong or the store refused; the messages then say why and every typed value is kept.
     */
    public Optional<Patient> save() {
        saveTried.set(true);
        failure.set("");
        outcome.set("");
        if (!valid.get()) {
            return Optional.empty();
        }
        Patient current = editing.get();
        Patient patient = draft().toPatient(current == null ? Patient.UNSAVED : current.id());
        Patient saved;
        try {
            saved = current == null ? patients.create(patient, actor) : patients.update(patient, actor);
        } catch (DuplicatePatientIdentifierException e) {
            refusedIdentifier.set(e);
            return Optional.empty();
        } catch (StoreException e) {
            failure.set(SaveFailures.say("Nothing was saved: ", e));
            return Optional.empty();
        }
        load(saved);
        outcome.set("Saved " + saved.name() + ".");
        return Optional.of(saved);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty identifierProperty() {
        return identifier;
    }

    /** The date of birth as typed: YYYY-MM-DD, or empty when unknown. */
    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    /** Whether allergies were asked about: not recorded yet (the default for a new patient), none known, or listed. */
    public ObjectProperty<AllergyStatus> allergyStatusProperty() {
        return allergyStatus;
    }

    /**
     * The allergies as listed. Kept as typed while another choice is made, so switching back loses nothing;
     * saved only with "listed".
     */
    public StringProperty knownAllergiesProperty() {
        return knownAllergies;
    }

    public StringBinding allergiesMessage() {
        return allergiesMessage;
    }

    /** The saved patient being edited; null for a new patient. */
    public ReadOnlyObjectProperty<Patient> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The message to show under the name field; empty when there is nothing to say (yet). */
    public StringBinding nameMessage() {
        return nameMessage;
    }

    public StringBinding identifierMessage() {
        return identifierMessage;
    }

    public StringBinding birthDateMessage() {
        return birthDateMessage;
    }

    /** True when every field is acceptable, whether or not its message is shown yet. */
    public BooleanBinding valid() {
        return valid;
    }

    /** True when the form differs from what was last loaded or saved. */
    public BooleanBinding dirty() {
        return dirty;
    }

    /** "New patient", or the name of the patient being edited as last saved. */
    public StringBinding title() {
        return title;
    }

    /** After a save: what was saved. Cleared by the next change. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the store could not save (other than a field's problem); empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    private PatientDraft draft() {
        return new PatientDraft(name.get(), identifier.get(), birthDate.get(), sex.get(), allergyStatus.get(),
                knownAllergies.get());
    }
}
