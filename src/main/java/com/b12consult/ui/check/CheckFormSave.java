package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Patient;
import com.b12consult.ui.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A form of the check (a prescription, a follow-up, a correction) saved off the screen's thread, and the patient's
 * record and the due list read again in the same background work, as an outcome is: while it runs the form's
 * {@code saving} is true, and the record shown still lacks what is being saved, so the form waits rather than save
 * twice. An answer that comes once the check has moved to another patient changes nothing of the form on screen.
 */
final class CheckFormSave {
    private CheckFormSave() {
    }

    /** True while {@code patientId}'s record is the one in the check, and no other is being opened over it. */
    static boolean stillOpen(PreInjectionCheckViewModel check, long patientId) {
        OnRecord r = check.recordProperty().get();
        Patient opening = check.opening().get();
        return r != null && r.patient().id() == patientId && (opening == null || opening.id() == patientId);
    }

    /**
     * Runs {@code work} for {@code patient} on {@code tasks}, then reads the record again; {@code onSaved} or
     * {@code onFailed} follow on the screen's thread, only while the patient is still the one in the check. True
     * when saved, or (with a background that answers later) when the save is under way; false when it failed at once.
     */
    static <T> boolean run(PreInjectionCheckViewModel check, TaskRunner tasks, ReadOnlyBooleanWrapper saving,
                           Patient patient, Callable<T> work, Consumer<? super T> onSaved,
                           Consumer<? super Throwable> onFailed) {
        Callable<PreInjectionCheckViewModel.Reread> again = check.readAgainAfterSave(patient);
        saving.set(true);
        // {done, saved}: known at once when the background ran the save on this thread
        boolean[] result = {false, true};
        tasks.run(() -> {
            T saved = work.call();
            return new Done<T>(saved, again.call());
        }, done -> {
            saving.set(false);
            result[0] = true;
            boolean same = stillOpen(check, patient.id());
            // shown whichever patient is open: the due list is read afresh, the record only when still the newest read
            done.reread().show().run();
            if (same) {
                onSaved.accept(done.saved());
            }
        }, failed -> {
            saving.set(false);
            result[0] = true;
            result[1] = false;
            if (stillOpen(check, patient.id())) {
                onFailed.accept(failed);
            }
        });
        return !result[0] || result[1];
    }

    private record Done<T>(T saved, PreInjectionCheckViewModel.Reread reread) {
    }
}
