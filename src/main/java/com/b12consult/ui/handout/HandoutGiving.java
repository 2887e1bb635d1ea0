package com.b12consult.ui.handout;

import com.b12consult.domain.Actor;
import com.b12consult.domain.GivenHandout;
import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.HandoutRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Giving the handout shown: to the printer or to a PDF file, each recorded as given (a new handout for its
 * assessment, or a reprint of one given before), and the handouts given to the patient, read back exactly as given.
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
    private final ObservableList<GivenHandout> given = FXCollections.observableArrayList();
    private final ObservableList<GivenHandout> view = FXCollections.unmodifiableObservableList(given);

    HandoutGiving(HandoutRepository handouts, PrintService printer, HandoutFiles files, Actor actor, Clock clock) {
        this.handouts = handouts;
        this.printer = printer;
        this.files = files;
        this.actor = actor;
        this.clock = clock;
    }

    Outcome print(ToGive h) {
        return switch (printer.print(h.pdf(), h.title())) {
            case PRINTED -> {
                record(h);
                yield new Outcome(h.again() != null ? "Sent to the printer again, the same handout as given."
                        + " The reprint is recorded." : "Sent to the printer. The handout is recorded for this assessment.",
                        false);
            }
            case CANCELLED -> new Outcome("Printing was cancelled. Nothing was recorded.", false);
            case NO_PRINTER -> new Outcome(NO_PRINTER_MESSAGE, true);
            case FAILED -> new Outcome("The printer did not take the handout. Try again, or save it as PDF.", false);
        };
    }

    /** Empty when no file was chosen: nothing is said, nothing recorded. */
    Optional<Outcome> saveAsPdf(ToGive h) {
        Optional<Path> target = files.choosePdfTarget(suggestedName(h.patient()));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.write(target.get(), h.pdf());
        } catch (IOException e) {
            return Optional.of(new Outcome("The handout could not be saved to " + target.get() + ": " + e.getMessage(), false));
        }
        record(h);
        return Optional.of(new Outcome("Saved to " + target.get() + (h.again() != null ? ", the same handout as given."
                + " The reprint is recorded." : ". The handout is recorded for this assessment."), false));
    }

    private void record(ToGive h) {
        if (h.again() != null) {
            handouts.recordReprint(h.again(), actor);
        } else {
            handouts.record(h.assessment().id(), h.pdf(), actor);
            listFor(h.patient());
        }
    }

    String suggestedName(Patient p) {
        String id = p == null ? "patient" : p.identifier().replaceAll("[^A-Za-z0-9_-]", "_");
        return "handout-" + id + "-" + LocalDate.now(clock) + ".pdf";
    }

    /** The handouts given to the patient on the screen, the most recent first. */
    ObservableList<GivenHandout> given() {
        return view;
    }

    /** Lists the handouts given to {@code p}; none while no patient is chosen. */
    void listFor(Patient p) {
        given.setAll(p == null ? List.of() : handouts.listForPatient(p.id()));
    }

    /**
     * The PDF as it was given, its hash checked; empty for one given before handouts were kept.
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
