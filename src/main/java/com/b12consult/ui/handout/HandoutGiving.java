package com.b12consult.ui.handout;

import com.b12consult.domain.Actor;
import com.b12consult.domain.GivenHandout;
import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.HandoutRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Giving the handout shown: to the printer or to a PDF file, each recorded as given (a new handout for its
 * assessment, or a reprint of one given before), and the handouts given to the patient, read back exactly as given.
 * The printer's dialog and the file chooser are the screen's; writing the file, recording the handout and reading
 * the handouts given run in the background, never on the screen's thread.
 */
final class HandoutGiving {
    static final String NO_PRINTER_MESSAGE = "No printer is installed on this computer. Save the handout as a PDF"
            + " instead: you can print that file later, or give it to the patient.";

    /** The handout shown, to give: new for {@code assessment}, or {@code again}, a handout given before. */
    record ToGive(byte[] pdf, String title, Patient patient, SavedAssessment assessment, GivenHandout again) {
    }

    /** What giving came to, in words for the screen; {@code noPrinter} when none is installed. */
    record Outcome(String message, boolean noPrinter) {
    }

    private final HandoutRepository handouts;
    private final PrintService printer;
    private final HandoutFiles files;
    private final Actor actor;
    private final Clock clock;
    private final TaskRunner tasks;
    private final ObservableList<GivenHandout> given = FXCollections.observableArrayList();
    private final ObservableList<GivenHandout> view = FXCollections.unmodifiableObservableList(given);
    /** Reads of the handouts given asked for; only the newest is listed. */
    private long reads;

    HandoutGiving(HandoutRepository handouts, PrintService printer, HandoutFiles files, Actor actor, Clock clock,
                  TaskRunner tasks) {
        this.handouts = handouts;
        this.printer = printer;
        this.files = files;
        this.actor = actor;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** Prints (the printer's dialog on this thread), then records it in the background; {@code then} hears how it went. */
    void print(ToGive h, Consumer<Outcome> then) {
        switch (printer.print(h.pdf(), h.title())) {
            case PRINTED -> recordThen(h, () -> { }, h.again() != null ? "Sent to the printer again, the same handout"
                    + " as given. The reprint is recorded." : "Sent to the printer. The handout is recorded for this"
                    + " assessment.", "Sent to the printer, but not recorded: ", then);
            case CANCELLED -> then.accept(new Outcome("Printing was cancelled. Nothing was recorded.", false));
            case NO_PRINTER -> then.accept(new Outcome(NO_PRINTER_MESSAGE, true));
            case FAILED -> then.accept(new Outcome("The printer did not take the handout. Try again, or save it as PDF.",
                    false));
        }
    }

    /**
     * Asks where to save (on this thread), then writes the file and records it in the background; false when no
     * file was chosen: nothing is said, nothing recorded.
     */
    boolean saveAsPdf(ToGive h, Consumer<Outcome> then) {
        Optional<Path> target = files.choosePdfTarget(suggestedName(h.patient()));
        if (target.isEmpty()) {
            return false;
        }
        Path to = target.get();
        recordThen(h, () -> {
            try {
                Files.write(to, h.pdf());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "Saved to " + to + (h.again() != null ? ", the same handout as given. The reprint is recorded."
                : ". The handout is recorded for this assessment."), "Saved to " + to + ", but not recorded: ", then);
        return true;
    }

    /** In the background: {@code first} (writing the file), then the record, then the handouts given read again. */
    private void recordThen(ToGive h, Runnable first, String done, String notRecorded, Consumer<Outcome> then) {
        long read = h.again() == null ? ++reads : reads;
        boolean[] written = {false};
        tasks.run(() -> {
            first.run();
            written[0] = true;
            if (h.again() != null) {
                handouts.recordReprint(h.again(), actor);
                return Optional.<List<GivenHandout>>empty();
            }
            handouts.record(h.assessment().id(), h.pdf(), actor);
            return Optional.of(handouts.listForPatient(h.patient().id()));
        }, listed -> {
            listed.filter(l -> read == reads).ifPresent(given::setAll);
            then.accept(new Outcome(done, false));
        }, failed -> {
            if (!written[0] && failed instanceof java.io.UncheckedIOException io) {
                then.accept(new Outcome("The handout could not be saved: " + io.getCause().getMessage(), false));
            } else {
                then.accept(new Outcome(SaveFailures.say(notRecorded, failed), false));
            }
        });
    }

    String suggestedName(Patient p) {
        String id = p == null ? "patient" : p.identifier().replaceAll("[^A-Za-z0-9_-]", "_");
        return "handout-" + id + "-" + LocalDate.now(clock) + ".pdf";
    }

    /** The handouts given to the patient on the screen, the most recent first. */
    ObservableList<GivenHandout> given() {
        return view;
    }

    /**
     * Lists the handouts given to {@code p}, read in the background (none while no patient is chosen); a read for a
     * patient chosen before is dropped.
     */
    void listFor(Patient p, Consumer<String> problem) {
        long read = ++reads;
        given.clear();
        if (p == null) {
            return;
        }
        tasks.run(() -> handouts.listForPatient(p.id()), found -> {
            if (read == reads) {
                given.setAll(found);
            }
        }, failed -> {
            if (read == reads) {
                problem.accept(SaveFailures.say("The handouts given could not be read: ", failed));
            }
        });
    }

    /**
     * The PDF as it was given, its hash checked; empty for one given before handouts were kept. Reads the store:
     * call it in the background.
     *
     * @throws com.b12consult.store.StoreException when the PDF kept no longer matches the hash recorded
     */
    Optional<byte[]> document(GivenHandout handout) {
        return handouts.document(handout);
    }

    /** When it was given, as the screen writes dates and times. */
    String when(GivenHandout handout) {
        return TypedDates.format(LocalDateTime.ofInstant(handout.givenAt(), clock.getZone()));
    }
}
