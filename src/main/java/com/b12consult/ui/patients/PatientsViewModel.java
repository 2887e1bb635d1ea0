package com.b12consult.ui.patients;

import com.b12consult.domain.DueDose;
import com.b12consult.domain.Patient;
import com.b12consult.store.PatientRepository;
import com.b12consult.ui.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Patients screen: the list narrowed by the search text as it is typed, and the form beside it.
 * While the form holds unsaved changes the list is locked, so opening another patient never drops
 * what was typed; the user saves or discards first. Each patient's next dose is shown beside the name, so
 * the list says at a glance who is due today and who is overdue.
 */
public final class PatientsViewModel {
    private final PatientRepository patients;
    private final PatientFormViewModel form;
    private final DueDoseLookup dueDoses;
    private final ObservableMap<Long, NextDose> nextDoses = FXCollections.observableHashMap();
    // One wrapper, kept: it listens to the map weakly, so a fresh one per call would be collected with its listeners.
    private final ObservableMap<Long, NextDose> nextDosesReadOnly = FXCollections.unmodifiableObservableMap(nextDoses);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Patient> shown = FXCollections.observableArrayList();
    private final ObservableList<Patient> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyObjectWrapper<Patient> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final BooleanBinding listLocked;
    private final StringBinding listSummary;
    /** Counts the list's reads: a read for another window's save is shown only when no later read began. */
    private long reads;
    private boolean reloading;

    public PatientsViewModel(PatientRepository patients, PatientFormViewModel form, DueDoseLookup dueDoses) {
        this.patients = Objects.requireNonNull(patients, "patients");
        this.form = Objects.requireNonNull(form, "form");
        this.dueDoses = Objects.requireNonNull(dueDoses, "dueDoses");
        listLocked = form.dirty();
        listSummary = Bindings.createStringBinding(this::summarize, shown, search);
        // The store's search is the one definition of a match (name or identifier, ignoring case and accents).
        search.addListener((obs, was, now) -> refresh());
        refresh();
    }

    private String summarize() {
        String text = search.get() == null ? "" : search.get().strip();
        if (shown.isEmpty()) {
            return text.isEmpty() ? "No patients yet. Add the first with New patient."
                    : "No patient's name or identifier contains \"" + text + "\".";
        }
        String count = shown.size() == 1 ? "1 patient" : shown.size() + " patients";
        return text.isEmpty() ? count : count + " matching \"" + text + "\"";
    }

    /** Reads the list again from the database, for the current search text. */
    public void refresh() {
        reads++;
        show(patients.search(search.get()));
        refreshNextDoses();
    }

    /**
     * Another window saved something: reads the list for the search text on {@code background} and shows it, the
     * search and the selection kept (the newest read wins; a search typed meanwhile has read the list already).
     * A patient changed elsewhere is shown changed in the form too, unless the form holds unsaved changes.
     */
    public void followStore(TaskRunner background) {
        long read = ++reads;
        String text = search.get();
        background.run(() -> {
            List<Patient> found = patients.search(text);
            return new ListRead(found, nextDosesOf(found));
        }, fresh -> {
            if (read != reads) {
                return;
            }
            show(fresh.patients());
            nextDoses.keySet().retainAll(fresh.nextDoses().keySet());
            nextDoses.putAll(fresh.nextDoses());
            Patient open = selected.get();
            if (open != null && !listLocked.get()) {
                fresh.patients().stream().filter(p -> p.id() == open.id() && !p.equals(open)).findFirst()
                        .ifPresent(this::select);
            }
        }, failed -> {
            // the store out of reach for a moment: the list stays as it is, the next change reads again
        });
    }

    private record ListRead(List<Patient> patients, Map<Long, NextDose> nextDoses) {
    }

    private void show(List<Patient> found) {
        reloading = true;
        try {
            shown.setAll(found);
        } finally {
            reloading = false;
        }
    }

    /**
     * True while the list is being filled again: a row the table selects meanwhile is not the user's choice, and
     * must not open another patient in the form.
     */
    public boolean reloading() {
        return reloading;
    }

    /**
     * Works out the listed patients' next doses again, for when a dose was recorded or a prescription added
     * elsewhere; the list itself and the selection stay as they are.
     */
    public void refreshNextDoses() {
        Map<Long, NextDose> fresh = nextDosesOf(shown);
        nextDoses.keySet().retainAll(fresh.keySet());
        nextDoses.putAll(fresh);
    }

    /** The listed patients' next doses, read all at once (one query, not one per patient); "No prescription" too. */
    private Map<Long, NextDose> nextDosesOf(List<Patient> listed) {
        Map<Long, DueDose> due = dueDoses.nextFor(listed);
        Map<Long, NextDose> out = new HashMap<>();
        for (Patient p : listed) {
            out.put(p.id(), new NextDose(Optional.ofNullable(due.get(p.id()))));
        }
        return out;
    }

    /** The patient's next dose as last worked out; "No prescription" for a patient not listed. */
    public NextDose nextDose(Patient patient) {
        return nextDoses.getOrDefault(patient.id(), NextDose.NO_PRESCRIPTION);
    }

    /** The listed patients' next doses by patient id; changes when they are worked out again. */
    public ObservableMap<Long, NextDose> nextDoses() {
        return nextDosesReadOnly;
    }

    /** Opens a patient in the form; refused (returns false) while the form has unsaved changes. */
    public boolean select(Patient patient) {
        if (patient == null || listLocked.get() || reloading) {
            return false;
        }
        if (!patient.equals(selected.get()) || form.editingProperty().get() == null) {
            selected.set(patient);
            form.edit(patient);
        }
        return true;
    }

    /** Empties the form for a new patient; refused while the form has unsaved changes. */
    public boolean newPatient() {
        if (listLocked.get()) {
            return false;
        }
        selected.set(null);
        form.startNew();
        return true;
    }

    /** Drops the unsaved changes and unlocks the list; after a conflict, as {@link #loadTheirs}. */
    public void discardChanges() {
        if (form.conflicted().get()) {
            loadTheirs();
        } else {
            form.discardChanges();
        }
    }

    /** Saves the form; on success the list is read again and the saved patient is the selected one. */
    public Optional<Patient> save() {
        return shownAfter(form.save());
    }

    /** After a conflict: loads the other person's version into the form; the list is read again (it shows theirs). */
    public Optional<Patient> loadTheirs() {
        return shownAfter(form.loadTheirs());
    }

    /** After a conflict: saves the typed version over the other person's; on success as {@link #save}. */
    public Optional<Patient> keepMine() {
        return shownAfter(form.keepMine());
    }

    private Optional<Patient> shownAfter(Optional<Patient> inForm) {
        inForm.ifPresent(p -> {
            refresh();
            selected.set(p);
        });
        return inForm;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The patients matching the search, ordered by name. */
    public ObservableList<Patient> patients() {
        return shownReadOnly;
    }

    /** The patient open in the form, when it is a saved one. */
    public ReadOnlyObjectProperty<Patient> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public PatientFormViewModel form() {
        return form;
    }

    /** True while the form has unsaved changes: the list and New patient wait until they are saved or discarded. */
    public BooleanBinding listLocked() {
        return listLocked;
    }

    /** How many patients are listed, or why none are. */
    public StringBinding listSummary() {
        return listSummary;
    }
}
