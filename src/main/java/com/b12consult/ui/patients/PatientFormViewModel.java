package com.b12consult.ui.patients;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.DuplicatePatientIdentifierException;
import com.b12consult.store.PatientChangedException;
import com.b12consult.store.PatientRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The patient form: a new patient or the one being edited. A field's message shows once the field
 * has been changed or a save was tried, so an empty new form is not a wall of red. Saving refuses while
 * any field is wrong; when the store refuses (a duplicate identifier, a failure), every typed value stays.
 * When someone else saved the patient while it was being edited, the save is refused as a conflict: the form says
 * who and when, lists what differs between their version and the one typed, and keeps the typed one until the user
 * chooses to load theirs or to save theirs over it ({@link #loadTheirs}, {@link #keepMine}).
 *
 * <p>The save runs off the screen's thread, through the {@link TaskRunner}: meanwhile {@link #saving()} is true, a
 * second save, a discard and loading another patient wait, and what is typed meanwhile is kept. A save whose answer
 * comes after the form was loaded again (another patient, a new one) changes nothing in the form.
 */
public final class PatientFormViewModel {
    private final PatientRepository patients;
    private final Actor actor;
    private final Clock clock;
    private final TaskRunner tasks;
    /** Told of every patient saved, on the screen's thread (the list reads itself again). */
    private Consumer<? super Patient> onSaved = p -> { };

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
    private final ObjectProperty<PatientChangedException> conflict = new SimpleObjectProperty<>(this, "conflict");
    private final ObservableList<FieldDifference> differences = FXCollections.observableArrayList();
    private final ObservableList<FieldDifference> differencesReadOnly = FXCollections.unmodifiableObservableList(differences);
    private boolean loading;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    /** Counts the loads of the form: a save's answer is shown only when the form was not loaded again meanwhile. */
    private long loads;

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
    private final StringBinding conflictMessage;
    private final BooleanBinding conflicted;

    /** @param tasks runs the save off the screen's thread and hands its answer back on it */
    public PatientFormViewModel(PatientRepository patients, Actor actor, Clock clock, TaskRunner tasks) {
        this.patients = Objects.requireNonNull(patients, "patients");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tasks = Objects.requireNonNull(tasks, "tasks");

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
        conflicted = conflict.isNotNull();
        conflictMessage = Bindings.createStringBinding(this::describeConflict, conflict);

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
                showDifferences();
            });
        }
        conflict.addListener((obs, was, now) -> showDifferences());
    }

    private String describeConflict() {
        PatientChangedException c = conflict.get();
        if (c == null) {
            return "";
        }
        // The name the user opened, not the one the other person may have given the patient since.
        String name = editing.get() == null ? c.current().name() : editing.get().name();
        return name + "'s record was changed by " + c.changedByName() + " at "
                + TypedDates.format(c.changedAt(), clock.getZone())
                + " while you were editing; nothing of yours was saved.";
    }

    /** Their version against the one typed, field by field, kept current while the user goes on typing. */
    private void showDifferences() {
        PatientChangedException c = conflict.get();
        if (c == null) {
            differences.clear();
            return;
        }
        PatientDraft theirs = PatientDraft.of(c.current());
        PatientDraft yours = draft();
        List<FieldDifference> found = new ArrayList<>();
        differ(found, "Name", theirs.name().strip(), yours.name().strip());
        differ(found, "Identifier", theirs.identifier().strip(), yours.identifier().strip());
        differ(found, "Date of birth", PatientForm.birthDateLabel(theirs.birthDate()),
                PatientForm.birthDateLabel(yours.birthDate()));
        differ(found, "Sex", PatientForm.sexLabel(theirs.sex()), PatientForm.sexLabel(yours.sex()));
        differ(found, "Known allergies", PatientForm.allergiesLabel(theirs.allergyStatus(), theirs.knownAllergies()),
                PatientForm.allergiesLabel(yours.allergyStatus(), yours.knownAllergies()));
        differences.setAll(found);
    }

    private static void differ(List<FieldDifference> found, String field, String theirs, String yours) {
        if (!theirs.equals(yours)) {
            found.add(new FieldDifference(field, theirs, yours));
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

    /**
     * Puts back what was last loaded or saved, dropping the changes typed since; after a conflict, the version
     * saved by the other person (the one loaded before is known to be out of date).
     */
    public void discardChanges() {
        if (saving.get()) {
            return;
        }
        PatientChangedException c = conflict.get();
        load(c == null ? editing.get() : c.current());
    }

    /**
     * After a conflict: loads the version the other person saved, discarding what was typed (only this choice
     * does). Returns it, or empty when there is no conflict.
     */
    public Optional<Patient> loadTheirs() {
        PatientChangedException c = conflict.get();
        if (c == null || saving.get()) {
            return Optional.empty();
        }
        load(c.current());
        outcome.set("Loaded the version " + c.changedByName() + " saved at "
                + TypedDates.format(c.changedAt(), clock.getZone()) + ".");
        return Optional.of(c.current());
    }

    /**
     * After a conflict: saves what was typed over the other person's version, knowingly (audited as any edit).
     * Refused again, with the newer change, if someone saved once more in between.
     */
    public Optional<Patient> keepMine() {
        PatientChangedException c = conflict.get();
        if (c == null) {
            return Optional.empty();
        }
        return save(c.current().version());
    }

    private void load(Patient patient) {
        PatientDraft draft = patient == null ? PatientDraft.EMPTY : PatientDraft.of(patient);
        loads++;
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
            conflict.set(null);
        } finally {
            loading = false;
        }
    }

    /**
     * Saves the patient when every field is right, off the screen's thread. Returns the saved patient when the save
     * is done by the time this returns (a runner that works at once); otherwise empty: a field is wrong, the store
     * refused (the messages then say why and every typed value is kept), or the save is under way
     * ({@link #saving()}), its answer said by {@link #outcomeProperty()} or the messages.
     */
    public Optional<Patient> save() {
        Patient current = editing.get();
        return save(current == null ? 0 : current.version());
    }

    /** Saves over the stored {@code version} (0 for a new patient). */
    private Optional<Patient> save(long version) {
        if (saving.get()) {
            return Optional.empty();
        }
        saveTried.set(true);
        failure.set("");
        outcome.set("");
        if (!valid.get()) {
            return Optional.empty();
        }
        Patient current = editing.get();
        PatientDraft sent = draft();
        Patient patient = sent.toPatient(current == null ? Patient.UNSAVED : current.id(), version);
        String what = current == null ? "The new patient " + patient.name() + " was not saved: "
                : "The changes to " + current.name() + " were not saved: ";
        long load = loads;
        saving.set(true);
        // the saved patient, when the runner answered before run returned
        Patient[] done = {null};
        tasks.run(() -> current == null ? patients.create(patient, actor) : patients.update(patient, actor), saved -> {
            saving.set(false);
            if (load == loads) {
                showSaved(saved, sent);
                done[0] = saved;
            }
            onSaved.accept(saved);
        }, failed -> {
            saving.set(false);
            if (load != loads) {
                return; // the form holds another patient now: nothing of this one was typed there
            }
            if (failed instanceof PatientChangedException e) {
                conflict.set(e);
            } else if (failed instanceof DuplicatePatientIdentifierException e) {
                refusedIdentifier.set(e);
            } else {
                failure.set(SaveFailures.say(what, failed));
            }
        });
        return Optional.ofNullable(done[0]);
    }

    /**
     * The saved patient in the form; what was typed while it was saved stays, unsaved, so nothing typed is lost.
     */
    private void showSaved(Patient saved, PatientDraft sent) {
        if (draft().equals(sent)) {
            load(saved);
        } else {
            loading = true;
            try {
                editing.set(saved);
                loaded.set(PatientDraft.of(saved));
                refusedIdentifier.set(null);
                failure.set("");
                conflict.set(null);
            } finally {
                loading = false;
            }
        }
        outcome.set("Saved " + saved.name() + ".");
    }

    /** Tells {@code then} of each patient saved, on the screen's thread, once the store has it. */
    void onSaved(Consumer<? super Patient> then) {
        onSaved = Objects.requireNonNull(then, "then");
    }

    /** True while the form is being saved: Save waits, and so do Discard and opening another patient. */
    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
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

    /** True while a save was refused because someone else saved the patient meanwhile, until the user chooses. */
    public BooleanBinding conflicted() {
        return conflicted;
    }

    /** Who changed the record and when, and that nothing was saved; empty without a conflict. */
    public StringBinding conflictMessage() {
        return conflictMessage;
    }

    /** Where their version and the one typed differ, field by field; empty without a conflict. */
    public ObservableList<FieldDifference> differences() {
        return differencesReadOnly;
    }

    private PatientDraft draft() {
        return new PatientDraft(name.get(), identifier.get(), birthDate.get(), sex.get(), allergyStatus.get(),
                knownAllergies.get());
    }
}
