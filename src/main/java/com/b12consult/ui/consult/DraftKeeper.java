package com.b12consult.ui.consult;

import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.ConsultationDraft;
import com.b12consult.store.DraftRepository;
import com.b12consult.ui.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps the open consultation's draft as it is typed: once typing pauses, the fields are read on the
 * screen's thread and written in the background, so typing never waits for the disk. Every store call it makes
 * (a write, a discard, a read) runs in the background, in the order it was asked for: the background runs its work
 * in order, so a discard or a write asked for before a read is done before it.
 */
public final class DraftKeeper {

    private final DraftRepository drafts;
    private final TaskRunner tasks;
    private final DraftTimer timer;
    private final Clock clock;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long pendingPatient;
    private Supplier<Map<String, Map<String, String>>> pending;
    /**
     * Held in the background while a draft is written or discarded, so a write already on its way cannot bring a
     * discarded draft back; never taken on the screen's thread, which would then wait for the store.
     */
    private final Object writing = new Object();
    /** Discards per patient, counted on the screen's thread; a background write asked for before the latest is dropped. */
    private final Map<Long, Long> discards = new ConcurrentHashMap<>();

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
        long discardsBefore = discards.getOrDefault(draft.patientId(), 0L);
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

    /**
     * Writes what is waiting now, without waiting for typing to pause: before the app closes (which waits for the
     * background to finish) or another patient is opened (whose reads are asked for after it, so come after it).
     */
    public void flush() {
        timer.cancel();
        writeInBackground();
    }

    /** The consultation was saved or thrown away: its draft goes, and nothing waiting is written after. */
    void discard(long patientId) {
        if (pendingPatient == patientId) {
            timer.cancel();
            pending = null;
        }
        status.set("");
        // Counted at once, so a write already on its way is dropped; removed in the background, before any read of
        // the drafts asked for after this (an offer read right after no longer sees it).
        discards.merge(patientId, 1L, Long::sum);
        tasks.run(() -> {
            synchronized (writing) {
                drafts.discard(patientId);
            }
            return patientId;
        }, gone -> { }, failed -> status.set("The draft could not be removed: " + failed.getMessage()));
    }

    /** A draft was brought back into the consultation. */
    void restored(String lastTyped) {
        status.set("Draft last typed " + lastTyped + " restored");
    }

    /** The patient's draft on file, if any: read in the background, never on the screen's thread. */
    Optional<ConsultationDraft> of(long patientId) {
        return drafts.findByPatient(patientId);
    }

    /** Every draft on file, the most recent first: read in the background, never on the screen's thread. */
    List<ConsultationDraft> all() {
        return drafts.listAll();
    }

    /** What became of the draft: waiting, kept at a time, or why it could not be kept. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
