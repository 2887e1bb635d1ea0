package com.b12consult.ui.consult;

import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.ConsultationDraft;
import com.b12consult.store.DraftRepository;
import com.b12consult.ui.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps the open consultation's draft as it is typed: once typing pauses, the fields are read on the
 * screen's thread and written in the background, so typing never waits for the disk.
 */
public final class DraftKeeper {

    private final DraftRepository drafts;
    private final TaskRunner tasks;
    private final DraftTimer timer;
    private final Clock clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long pendingPatient;
    private Supplier<Map<String, Map<String, String>>> pending;
    /** Held while a draft is written or discarded, so a write already on its way cannot bring a discarded draft back. */
    private final Object writing = new Object();
    /** Discards per patient; a background write made before that patient's latest discard is dropped. */
    private final Map<Long, Long> discards = new HashMap<>();

    public DraftKeeper(DraftRepository drafts, TaskRunner tasks, DraftTimer timer, Clock clock) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Something was typed for the patient: the draft is written once typing pauses. */
    void typed(long patientId, Supplier<Map<String, Map<String, String>>> fields) {
        if (pending != null && pendingPatient != patientId) {
            flush();
        }
        pendingPatient = patientId;
        pending = fields;
        status.set("Draft: changes not kept yet");
        timer.restart(this::writeInBackground);
    }

    private void writeInBackground() {
        if (pending == null) {
            return;
        }
        ConsultationDraft draft = new ConsultationDraft(pendingPatient, pending.get(), Instant.now(clock));
        pending = null;
        long discardsBefore;
        synchronized (writing) {
            discardsBefore = discards.getOrDefault(draft.patientId(), 0L);
        }
        tasks.run(() -> {
            synchronized (writing) {
                if (discards.getOrDefault(draft.patientId(), 0L) == discardsBefore) {
                    drafts.save(draft);
                }
            }
            return draft;
        }, saved -> {
            if (pending == null) {
                status.set("Draft kept at " + TypedDates.timeToTheSecond(saved.savedAt(), clock.getZone()));
            }
        }, failed -> status.set("The draft could not be kept: " + failed.getMessage()));
    }

    /** Writes what is waiting now, on this thread: before the app closes or another patient is opened. */
    public void flush() {
        timer.cancel();
        if (pending == null) {
            return;
        }
        ConsultationDraft draft = new ConsultationDraft(pendingPatient, pending.get(), Instant.now(clock));
        pending = null;
        drafts.save(draft);
        status.set("Draft kept");
    }

    /** The consultation was saved or thrown away: its draft goes, and nothing waiting is written after. */
    void discard(long patientId) {
        if (pendingPatient == patientId) {
            timer.cancel();
            pending = null;
        }
        status.set("");
        // At once, on this thread (a few milliseconds): the offer read right after must no longer see it.
        try {
            synchronized (writing) {
                discards.merge(patientId, 1L, Long::sum);
                drafts.discard(patientId);
            }
        } catch (RuntimeException e) {
            status.set("The draft could not be removed: " + e.getMessage());
        }
    }

    /** A draft was brought back into the consultation. */
    void restored(String lastTyped) {
        status.set("Draft last typed " + lastTyped + " restored");
    }

    /** The patient's draft on file, if any. */
    Optional<ConsultationDraft> of(long patientId) {
        return drafts.findByPatient(patientId);
    }

    /** Every draft on file, the most recent first. */
    List<ConsultationDraft> all() {
        return drafts.listAll();
    }

    /** What became of the draft: waiting, kept at a time, or why it could not be kept. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
