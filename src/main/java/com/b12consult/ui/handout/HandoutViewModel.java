package com.b12consult.ui.handout;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.GivenHandout;
import com.b12consult.domain.Patient;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.StoredReport;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutDocument;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.HandoutRepository;
import com.b12consult.store.SettingsRepository;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The handout screen: the handout of a consultation or check just saved, of an assessment file opened (and saved)
 * for the selected patient, or one given before, exactly as given; printed or saved as PDF, each recorded with its
 * PDF's SHA-256. The store is never called on the screen's thread: opening a file (which saves it), the clinic's
 * settings, a handout given and the record of giving one are read and written in the background; meanwhile
 * {@link #workingProperty()} holds and the screen says what it is doing, and a result for what is no longer shown (the
 * patient changed, or something else was opened since) is dropped.
 */
public final class HandoutViewModel {
    private final AssessmentFileOpener opener;
    private final HandoutComposer composer;
    private final HandoutPdf renderer;
    private final HandoutGiving giving;
    private final SettingsRepository settings;
    private final Clock clock;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    /** What was asked to be shown (a patient chosen, a file, an assessment, a handout given); only the newest lands. */
    private long shows;

    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>(this, "patient");
    private final ReadOnlyObjectWrapper<byte[]> pdf = new ReadOnlyObjectWrapper<>(this, "pdf");
    private final ReadOnlyObjectWrapper<SavedAssessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper noPrinter = new ReadOnlyBooleanWrapper(this, "noPrinter");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper contact = new ReadOnlyStringWrapper(this, "contact", "");
    private final ObjectProperty<LocalDate> nextDose = new SimpleObjectProperty<>(this, "nextDose");
    private final BooleanBinding hasHandout = pdf.isNotNull();
    private final ReadOnlyStringWrapper rulebookNotice = new ReadOnlyStringWrapper(this, "rulebookNotice", "");
    private final ReadOnlyObjectWrapper<GivenHandout> reprinting = new ReadOnlyObjectWrapper<>(this, "reprinting");
    /** What the handout is made from: the assessment and the report as stored, never evaluated again. */
    private Shown shown;
    private ClinicSettings clinic;

    private record Shown(Assessment assessment, StoredReport report) {
    }

    public HandoutViewModel(AssessmentEvaluator evaluator, HandoutComposer composer, HandoutPdf renderer,
                            AssessmentRepository assessments, HandoutRepository handouts, SettingsRepository settings,
                            PrintService printer, HandoutFiles files, Actor actor, Clock clock, TaskRunner tasks) {
        this.opener = new AssessmentFileOpener(evaluator, assessments, settings, files, actor);
        this.composer = composer;
        this.renderer = renderer;
        this.tasks = java.util.Objects.requireNonNull(tasks, "tasks");
        this.giving = new HandoutGiving(handouts, printer, files, actor, clock, tasks);
        this.settings = settings;
        this.clock = clock;
        // a handout belongs to one patient: choosing another clears it, and what was on its way for the other is dropped
        patient.addListener((obs, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                shows++;
                working.set(false);
                clear();
                giving.listFor(now, message::set);
            }
        });
        // the next dose date is known to the nurse, not to the assessment file: the handout follows it
        nextDose.addListener((obs, was, now) -> {
            if (shown != null) {
                render();
            }
        });
    }

    /** Asks for an assessment file and opens it; false when cancelled or the file cannot be used. */
    public boolean openAssessmentFile() {
        if (patient.get() == null) {
            message.set("Select a patient on the Patients screen first: the assessment is saved for that patient.");
            return false;
        }
        return opener.choose().map(this::openAssessment).orElse(false);
    }

    /**
     * Reads, evaluates and saves an assessment file for the selected patient, in the background, and makes its
     * handout. False when it was refused or failed (said in {@link #messageProperty()}); true when it was opened, or
     * (with a background that answers later) is under way.
     */
    public boolean openAssessment(Path file) {
        Patient p = patient.get();
        if (p == null) {
            message.set("Select a patient on the Patients screen first: the assessment is saved for that patient.");
            return false;
        }
        if (working.get()) {
            return false;
        }
        long show = ++shows;
        working.set(true);
        message.set("Opening " + file.getFileName() + " and saving it for " + p.name() + "...");
        // {done, opened}: known at once when the background ran the work on this thread
        boolean[] result = {false, true};
        tasks.run(() -> opener.open(p, file), opened -> {
            result[0] = true;
            if (show != shows) {
                return;
            }
            working.set(false);
            if (opened instanceof AssessmentFileOpener.Refused refused) {
                message.set(refused.message());
                result[1] = false;
                return;
            }
            AssessmentFileOpener.Saved saved = (AssessmentFileOpener.Saved) opened;
            assessment.set(saved.saved());
            shown = new Shown(saved.assessment(), saved.report());
            this.clinic = saved.clinic();
            render();
            noPrinter.set(false);
            message.set("Assessment saved. Check the handout below, then print it or save it as PDF.");
        }, failed -> {
            result[0] = true;
            result[1] = false;
            if (show == shows) {
                working.set(false);
                message.set(SaveFailures.say("Not saved: ", failed));
            }
        });
        return !result[0] || result[1];
    }

    /**
     * Shows the handout for an assessment already saved for {@code forPatient} (the check saved with a dose
     * outcome, or a consultation just saved), made from its stored report, never evaluated again, so it says what
     * the clinician or nurse answered; it saves nothing more. When the rulebook has changed since, the screen says
     * so and offers a fresh check. {@code next} is the next dose's day to print, when known.
     */
    public boolean openSavedAssessment(Patient forPatient, SavedAssessment saved, Optional<LocalDate> next) {
        patient.set(forPatient);
        if (saved.patientId() != forPatient.id()) {
            clear();
            message.set("That assessment belongs to another patient than " + forPatient.name()
                    + ", so no handout is shown.");
            return false;
        }
        if (saved.assessment().isEmpty() || saved.report().isEmpty()) {
            clear();
            message.set("The assessment saved on " + TypedDates.format(saved.savedAt().atZone(clock.getZone())
                    .toLocalDate()) + " does not read as a valid assessment in this version, so no handout is shown.");
            return false;
        }
        StoredReport report = saved.report().get();
        clear();
        long show = ++shows;
        working.set(true);
        message.set("Loading the handout for " + forPatient.name() + "...");
        boolean[] result = {false, true};
        // the clinic's name, phone and paper size are read in the background
        tasks.run(settings::load, clinicSettings -> {
            result[0] = true;
            if (show != shows) {
                return;
            }
            working.set(false);
            // the next dose first, while nothing is shown, so the handout is rendered once
            nextDose.set(next.orElse(null));
            shown = new Shown(saved.assessment().get(), report);
            this.clinic = clinicSettings;
            assessment.set(saved);
            render();
            RulebookRef now = composer.rulebook();
            if (!now.sha256().equals(report.rulebook().sha256())) {
                rulebookNotice.set("This handout is from the report as it was saved, under rulebook "
                        + report.rulebook().version() + ". The rulebook in use is now " + now.version()
                        + ": a fresh check gives today's advice.");
            }
            message.set("The handout for the " + (saved.context() == AssessmentContext.CONSULTATION
                    ? "consultation just saved" : "check just recorded")
                    + ". Check it below, then print it or save it as PDF.");
        }, failed -> {
            result[0] = true;
            result[1] = false;
            if (show == shows) {
                working.set(false);
                message.set(SaveFailures.say("The clinic's settings could not be read, so no handout is shown: ",
                        failed));
            }
        });
        return !result[0] || result[1];
    }

    /**
     * Shows a handout already given, exactly as it was given (its stored PDF, its hash checked); Print and Save
     * then give that same document again and record a reprint, not a new handout.
     */
    public boolean showGiven(GivenHandout handout) {
        if (working.get()) {
            return false;
        }
        long show = ++shows;
        working.set(true);
        message.set("Loading the handout given on " + giving.when(handout) + "...");
        boolean[] result = {false, true};
        tasks.run(() -> giving.document(handout), document -> {
            result[0] = true;
            if (show != shows) {
                return;
            }
            working.set(false);
            if (document.isEmpty()) {
                result[1] = false;
                message.set("The handout given on " + giving.when(handout) + " was given before this version kept"
                        + " handouts, so it cannot be printed again. Make a new one from the patient's latest check.");
                return;
            }
            clear();
            reprinting.set(handout);
            pdf.set(document.get());
            title.set("Handout given on " + giving.when(handout));
            message.set("The handout given on " + giving.when(handout) + ", exactly as it was given. Print it or save"
                    + " it again.");
        }, failed -> {
            result[0] = true;
            result[1] = false;
            if (show == shows) {
                working.set(false);
                message.set(failed instanceof StoreException ? failed.getMessage()
                        : SaveFailures.say("The handout given could not be read: ", failed));
            }
        });
        return !result[0] || result[1];
    }

    /** Handouts given to the selected patient, the most recent first. */
    public ObservableList<GivenHandout> given() {
        return giving.given();
    }

    /** A handout given, in words for its row. */
    public String describe(GivenHandout handout) {
        return "Given " + giving.when(handout);
    }

    private void render() {
        HandoutDocument doc = composer.compose(shown.assessment(), shown.report(), patient.get().name(), clinic,
                Optional.ofNullable(nextDose.get()), LocalDate.now(clock));
        pdf.set(renderer.render(doc));
        title.set(doc.title());
        contact.set(doc.contactLine() + (clinic.clinicName().isBlank() || clinic.clinicPhone().isBlank()
                ? ". Set the clinic's name and phone in Settings to print them on the handout." : ""));
    }

    /** Prints the handout shown; what printing came to is said once it is recorded in the background. */
    public void print() {
        if (pdf.get() != null && !working.get()) {
            giving.print(toGive(), recorded(shows));
        }
    }

    /** Saves the handout shown as a PDF, written and recorded in the background. */
    public void saveAsPdf() {
        if (pdf.get() != null && !working.get()) {
            giving.saveAsPdf(toGive(), recorded(shows));
        }
    }

    /** While the handout is recorded the buttons wait; once it is, what it came to is said, unless another is shown. */
    private java.util.function.Consumer<HandoutGiving.Outcome> recorded(long show) {
        working.set(true);
        return outcome -> {
            if (show == shows) {
                working.set(false);
                show(outcome);
            }
        };
    }

    private HandoutGiving.ToGive toGive() {
        return new HandoutGiving.ToGive(pdf.get(), title.get(), patient.get(), assessment.get(), reprinting.get());
    }

    private void show(HandoutGiving.Outcome outcome) {
        if (outcome.noPrinter()) {
            noPrinter.set(true);
        }
        message.set(outcome.message());
    }

    private void clear() {
        shown = null;
        reprinting.set(null);
        rulebookNotice.set("");
        clinic = null;
        nextDose.set(null);
        pdf.set(null);
        assessment.set(null);
        title.set("");
        contact.set("");
        noPrinter.set(false);
        message.set("");
    }

    public ObjectProperty<Patient> patientProperty() {
        return patient;
    }

    /** The next dose date printed on the handout; empty prints "ask us for the date". */
    public ObjectProperty<LocalDate> nextDoseProperty() {
        return nextDose;
    }

    public ReadOnlyObjectProperty<byte[]> pdfProperty() {
        return pdf.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SavedAssessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    /** Set when the handout shown was made under another rulebook than the one in use now; empty otherwise. */
    public ReadOnlyStringProperty rulebookNoticeProperty() {
        return rulebookNotice.getReadOnlyProperty();
    }

    /** The handout given being shown again, or null when the handout shown is a new one. */
    public ReadOnlyObjectProperty<GivenHandout> reprintingProperty() {
        return reprinting.getReadOnlyProperty();
    }

    /**
     * Whom the shown handout tells the patient to call, as printed under its title, and what to set when the
     * clinic's name or phone is missing; empty while no handout is shown.
     */
    public ReadOnlyStringProperty contactProperty() {
        return contact.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while something is read or saved in the background: opening, showing, recording a handout. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noPrinterProperty() {
        return noPrinter.getReadOnlyProperty();
    }

    public BooleanBinding hasHandout() {
        return hasHandout;
    }

    /** Whose handout this is, in words for the screen's header. */
    public StringBinding patientSummary() {
        return Bindings.createStringBinding(() -> patient.get() == null
                ? "No patient selected. Choose one on the Patients screen."
                : "For " + patient.get().name() + " (" + patient.get().identifier() + ")", patient);
    }
}
