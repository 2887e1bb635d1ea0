package com.b12consult.ui.patients;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Patient;
import com.b12consult.store.PatientData;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Export and delete of the patient selected on the Patients screen. A delete first shows what will be
 * removed and asks for the patient's identifier to be typed, so a slip of the mouse deletes nothing. The export,
 * the count of what a delete removes and the delete itself run off the screen's thread ({@link #workingProperty}
 * while they do); only the choice of the file is asked on it.
 */
public final class PatientDataViewModel {
    /** Table names in the clinic's words, one and many; a table added later is named by its own name until listed here. */
    private static final Map<String, List<String>> RECORDS = Map.of(
            "prescriptions", List.of("prescription", "prescriptions"),
            "injections", List.of("injection given", "injections given"),
            "lab_panels", List.of("lab panel", "lab panels"),
            "lab_results", List.of("lab result", "lab results"),
            "headache_entries", List.of("headache diary entry", "headache diary entries"),
            "assessments", List.of("saved assessment with its report", "saved assessments with their reports"),
            "handouts", List.of("handout given", "handouts given"),
            "dose_outcomes", List.of("dose outcome", "dose outcomes"),
            "later_reactions", List.of("later reaction", "later reactions"));

    private final PatientsViewModel patients;
    private final PatientData data;
    private final ExportTarget exportTarget;
    private final Actor actor;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyObjectWrapper<Patient> deleting = new ReadOnlyObjectWrapper<>(this, "deleting");
    private final ReadOnlyStringWrapper deleteSummary = new ReadOnlyStringWrapper(this, "deleteSummary", "");
    private final StringProperty typedIdentifier = new SimpleStringProperty(this, "typedIdentifier", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final BooleanBinding canAct;
    private final BooleanBinding identifierMatches;

    public PatientDataViewModel(PatientsViewModel patients, PatientData data, ExportTarget exportTarget, Actor actor,
                                TaskRunner tasks) {
        this.patients = Objects.requireNonNull(patients, "patients");
        this.data = Objects.requireNonNull(data, "data");
        this.exportTarget = Objects.requireNonNull(exportTarget, "exportTarget");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        canAct = Bindings.createBooleanBinding(
                () -> patients.selectedProperty().get() != null && !patients.listLocked().get() && deleting.get() == null
                        && !working.get(),
                patients.selectedProperty(), patients.listLocked(), deleting, working);
        identifierMatches = Bindings.createBooleanBinding(() -> deleting.get() != null && typedIdentifier.get() != null
                        && typedIdentifier.get().strip().equalsIgnoreCase(deleting.get().identifier().strip()),
                deleting, typedIdentifier);
        patients.selectedProperty().addListener((obs, was, now) -> {
            outcome.set("");
            failure.set("");
        });
    }

    /** Asks where to save, then writes everything held on the selected patient there as JSON. */
    public void exportSelected() {
        Patient p = patients.selectedProperty().get();
        if (p == null || !canAct.get()) {
            return;
        }
        outcome.set("");
        failure.set("");
        Optional<Path> target = exportTarget.choose(suggestedName(p));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        working.set(true);
        outcome.set("Exporting " + p.name() + " to " + file + "...");
        tasks.run(() -> {
            data.exportTo(p.id(), file, actor);
            return file;
        }, done -> {
            working.set(false);
            outcome.set("Exported everything held on " + p.name() + " to " + done + ".");
        }, e -> {
            working.set(false);
            outcome.set("");
            failure.set(SaveFailures.say("Not exported: ", e));
        });
    }

    /** The identifier, not the name: a file name is seen by whoever sees the folder. */
    static String suggestedName(Patient p) {
        String safe = p.identifier().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return "patient-" + safe + ".json";
    }

    /** Opens the confirmation for the selected patient, naming what will be removed. */
    public void startDelete() {
        Patient p = patients.selectedProperty().get();
        if (p == null || !canAct.get()) {
            return;
        }
        outcome.set("");
        failure.set("");
        working.set(true);
        tasks.run(() -> data.rowCounts(p.id()), counts -> {
            working.set(false);
            if (p.equals(patients.selectedProperty().get())) { // not another patient's confirmation
                deleteSummary.set(summary(p, counts));
                typedIdentifier.set("");
                deleting.set(p);
            }
        }, e -> {
            working.set(false);
            failure.set(SaveFailures.say("The delete was not started: ", e));
        });
    }

    static String summary(Patient p, Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((table, n) -> {
            if (n > 0 && !table.equals("patients") && !table.equals("audit_log")) {
                List<String> words = RECORDS.get(table);
                parts.add(words != null ? n + " " + words.get(n == 1 ? 0 : 1)
                        : n + (n == 1 ? " record" : " records") + " in " + table.replace('_', ' ').toLowerCase(Locale.ROOT));
            }
        });
        String records = parts.isEmpty() ? "no other records" : String.join(", ", parts);
        int audit = counts.getOrDefault("audit_log", 0);
        return "This removes " + p.name() + " (" + p.identifier() + ") and everything held on them: " + records
                + ". It cannot be undone; export the patient first to keep a copy. The audit log keeps its "
                + audit + (audit == 1 ? " entry" : " entries") + " about them.";
    }

    /**
     * Deletes the patient when the identifier typed matches; the list is read again. True when the delete is under
     * way (or done, with a runner that answers at once); its outcome is said by {@link #outcomeProperty} or
     * {@link #failureProperty}, and a failed delete leaves the confirmation open as typed.
     */
    public boolean confirmDelete() {
        Patient p = deleting.get();
        if (p == null || !identifierMatches.get() || working.get()) {
            return false;
        }
        working.set(true);
        failure.set("");
        outcome.set("Deleting " + p.name() + " (" + p.identifier() + ")...");
        tasks.run(() -> data.delete(p.id(), actor), removed -> {
            working.set(false);
            int total = removed.entrySet().stream().filter(e -> !e.getKey().equals("patients"))
                    .mapToInt(Map.Entry::getValue).sum();
            deleting.set(null);
            patients.refresh();
            patients.newPatient();
            outcome.set("Deleted " + p.name() + " (" + p.identifier() + ") and " + total
                    + (total == 1 ? " record" : " records") + ". The audit log keeps its entries.");
        }, e -> {
            working.set(false);
            outcome.set("");
            failure.set(SaveFailures.say("Nothing was deleted: ", e));
        });
        return true;
    }

    public void cancelDelete() {
        if (working.get()) {
            return; // a delete under way is not taken back by closing its confirmation
        }
        deleting.set(null);
        typedIdentifier.set("");
    }

    /** True while an export, the count before a delete, or a delete runs. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True when a saved patient is selected, the form holds no unsaved changes and no delete is being confirmed. */
    public BooleanBinding canAct() {
        return canAct;
    }

    /** The patient whose delete is being confirmed; null otherwise. */
    public ReadOnlyObjectProperty<Patient> deletingProperty() {
        return deleting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deleteSummaryProperty() {
        return deleteSummary.getReadOnlyProperty();
    }

    public StringProperty typedIdentifierProperty() {
        return typedIdentifier;
    }

    public BooleanBinding identifierMatches() {
        return identifierMatches;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
