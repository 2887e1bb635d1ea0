package com.b12consult.ui.patients;

import com.b12consult.domain.DueDose;
import com.b12consult.domain.Patient;
import com.b12consult.store.PatientPage;
import com.b12consult.store.PatientRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
 *
 * <p>The list and its next doses are read off the screen's thread, through the {@link TaskRunner}, so a slow or
 * lost clinic server never freezes the window while someone types; the newest read wins, and a read that comes
 * back after a later one began is dropped. Only the first {@link #LIST_LIMIT} matches are read (with how many
 * match in all): a clinic of 20,000 is never read whole to show the top of its list.
 */
public final class PatientsViewModel {
    /** How many patients the list shows at most; the summary says how many match in all. */
    public static final int LIST_LIMIT = 200;

    private final PatientRepository patients;
    private final PatientFormViewModel form;
    private final DueDoseLookup dueDoses;
    private final TaskRunner tasks;
    private final ObservableMap<Long, NextDose> nextDoses = FXCollections.observableHashMap();
    // One wrapper, kept: it listens to the map weakly, so a fresh one per call would be collected with its listeners.
    private final ObservableMap<Long, NextDose> nextDosesReadOnly = FXCollections.unmodifiableObservableMap(nextDoses);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Patient> shown = FXCollections.observableArrayList();
    private final ObservableList<Patient> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyObjectWrapper<Patient> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    /** How many patients match the search shown, in all; more than are listed when the list was cut at the limit. */
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper(this, "matching");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper readProblem = new ReadOnlyStringWrapper(this, "readProblem", "");
    /** The search text the rows shown were read for (the field may hold newer text, still being read). */
    private String shownFor = "";
    private final BooleanBinding listLocked;
    private final StringBinding listSummary;
    /** Counts the list's reads: a read is shown only when no later read began. */
    private long reads;
    /** The read whose rows are shown. */
    private long shownRead;
    private boolean reloading;

    /**
     * @param tasks runs the list's reads off the screen's thread and hands them back on it
     */
    public PatientsViewModel(PatientRepository patients, PatientFormViewModel form, DueDoseLookup dueDoses,
                             TaskRunner tasks) {
        this.patients = Objects.requireNonNull(patients, "patients");
        this.form = Objects.requireNonNull(form, "form");
        this.dueDoses = Objects.requireNonNull(dueDoses, "dueDoses");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        // while the form is being saved, too: the saved patient's answer lands on the form it was typed in
        listLocked = form.dirty().or(form.saving());
        listSummary = Bindings.createStringBinding(this::summarize, shown, matching, loading, readProblem, search);
        // The store's search is the one definition of a match (name or identifier, ignoring case and accents).
        search.addListener((obs, was, now) -> refresh());
        // a save answers later, off the screen's thread: the list is read again, the saved patient the one selected
        form.onSaved(saved -> {
            refresh();
            if (form.editingProperty().get() != null && form.editingProperty().get().id() == saved.id()) {
                selected.set(saved);
            }
        });
        refresh();
    }

    private String summarize() {
        if (!readProblem.get().isEmpty()) {
            return readProblem.get();
        }
        String typed = search.get() == null ? "" : search.get().strip();
        if (loading.get()) {
            return typed.isEmpty() ? "Reading the patient list..." : "Searching for \"" + typed + "\"...";
        }
        String text = shownFor == null ? "" : shownFor.strip();
        if (shown.isEmpty()) {
            return text.isEmpty() ? "No patients yet. Add the first with New patient."
                    : "No patient's name or identifier contains \"" + text + "\".";
        }
        int total = Math.max(matching.get(), shown.size());
        if (total > shown.size()) {
            return text.isEmpty()
                    ? "First " + shown.size() + " of " + thousands(total) + " patients; type part of a name or"
                    + " identifier to narrow the list."
                    : "First " + shown.size() + " of " + thousands(total) + " patients matching \"" + text
                    + "\"; type more of the name or identifier to narrow the list.";
        }
        String count = shown.size() == 1 ? "1 patient" : shown.size() + " patients";
        return text.isEmpty() ? count : count + " matching \"" + text + "\"";
    }

    private static String thousands(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** Reads the list again from the database, for the current search text, off the screen's thread. */
    public void refresh() {
        loading.set(true);
        read(tasks, false);
    }

    /**
     * Another window saved something: reads the list for the search text on {@code background} and shows it, the
     * search and the selection kept (the newest read wins; a search typed meanwhile has read the list already).
     * A patient changed elsewhere is shown changed in the form too, unless the form holds unsaved changes.
     */
    public void followStore(TaskRunner background) {
        read(background, true);
    }

    private void read(TaskRunner runner, boolean followSelection) {
        long read = ++reads;
        String text = search.get();
        runner.run(() -> {
            PatientPage page = patients.search(text, LIST_LIMIT);
            return new ListRead(text, page, doses(page.patients()));
        }, fresh -> {
            if (read != reads) {
                return;
            }
            loading.set(false);
            readProblem.set("");
            shownRead = read;
            shownFor = fresh.text();
            matching.set(fresh.page().total());
            show(fresh.page().patients());
            nextDoses.keySet().retainAll(fresh.nextDoses().keySet());
            nextDoses.putAll(fresh.nextDoses());
            Patient open = selected.get();
            if (followSelection && open != null && !listLocked.get()) {
                fresh.page().patients().stream().filter(p -> p.id() == open.id() && !p.equals(open)).findFirst()
                        .ifPresent(this::select);
            }
        }, failed -> {
            if (read != reads) {
                return;
            }
            loading.set(false);
            if (followSelection) {
                // the store out of reach for a moment: the list stays as it is, the next change reads again
                return;
            }
            // The rows of the last good read stay; the summary says why they were not read again.
            readProblem.set(SaveFailures.say("The patient list could not be read: ", failed));
        });
    }

    /** The patients' next doses in one batch, by patient id: read with the list, off the screen's thread. */
    private Map<Long, NextDose> doses(List<Patient> listed) {
        Map<Long, DueDose> due = dueDoses.nextFor(listed);
        Map<Long, NextDose> out = new HashMap<>();
        for (Patient p : listed) {
            out.put(p.id(), new NextDose(Optional.ofNullable(due.get(p.id()))));
        }
        return out;
    }

    private record ListRead(String text, PatientPage page, Map<Long, NextDose> nextDoses) {
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
     * Works out the listed patients' next doses again, off the screen's thread, for when a dose was recorded or a
     * prescription added elsewhere; the list itself and the selection stay as they are. Dropped when the list is
     * read again meanwhile: that read brings the doses of the patients it lists.
     */
    public void refreshNextDoses() {
        long read = reads;
        if (shownRead != read) {
            return; // the list is being read: that read brings the doses of the patients it lists
        }
        List<Patient> listed = List.copyOf(shown);
        tasks.run(() -> doses(listed), fresh -> {
            if (read != reads) {
                return;
            }
            nextDoses.keySet().retainAll(fresh.keySet());
            nextDoses.putAll(fresh);
        }, failed -> {
            // kept as last read: the next search or another window's save reads them again
        });
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

    /**
     * Saves the form, off the screen's thread; once saved the list is read again and the saved patient is the
     * selected one. Returns the saved patient when the save was done at once (see {@link PatientFormViewModel#save}).
     */
    public Optional<Patient> save() {
        return form.save();
    }

    /** After a conflict: loads the other person's version into the form; the list is read again (it shows theirs). */
    public Optional<Patient> loadTheirs() {
        return shownAfter(form.loadTheirs());
    }

    /** After a conflict: saves the typed version over the other person's; on success as {@link #save}. */
    public Optional<Patient> keepMine() {
        return form.keepMine();
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

    /** True while the list is read for the search text typed; the rows of the last read stay meanwhile. */
    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** Why the list could not be read, in plain words; empty when the last read worked. */
    public ReadOnlyStringProperty readProblem() {
        return readProblem.getReadOnlyProperty();
    }

    /** How many patients match the search shown, in all: more than are listed when the list stops at the limit. */
    public ReadOnlyIntegerProperty matching() {
        return matching.getReadOnlyProperty();
    }

    /** How many patients are listed (and of how many), why none are, or that the list is being read. */
    public StringBinding listSummary() {
        return listSummary;
    }
}
