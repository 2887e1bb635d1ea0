package com.b12consult.ui.consult;

import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.StoredReport;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A patient's past consultations, the newest first, and the one opened: read-only, from its stored report,
 * with a notice when the rulebook has changed since it was saved. The history is read in the background, never on
 * the screen's thread; meanwhile {@link #loading()} holds, and only the newest patient's read is shown.
 */
public final class ConsultationHistoryViewModel {

    /** One line of the history: when, what was decided, who saved it. */
    public record Row(long id, String when, String decision, String who) {
    }

    private final ConsultationRepository consultations;
    private final RulebookRef current;
    private final ZoneId zone;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    /** Reads asked for; one coming back is shown only while it is the newest. */
    private long reads;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PastConsultation> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private List<SavedConsultation> saved = List.of();

    /**
     * @param current the rulebook in use now, to tell whether a past report was made under another
     * @param zone    the clinic's time zone, for the times shown
     * @param tasks   where the history is read, away from the screen's thread
     */
    public ConsultationHistoryViewModel(ConsultationRepository consultations, RulebookRef current, ZoneId zone,
                                        TaskRunner tasks) {
        this.consultations = Objects.requireNonNull(consultations, "consultations");
        this.current = Objects.requireNonNull(current, "current");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Reads the patient's consultations in the background; nothing is opened until one is chosen. */
    public void showPatient(long patientId) {
        read(patientId, rows -> OptionalLong.empty());
    }

    /** Reads the patient's consultations in the background, then opens the newest, if there is one. */
    public void showPatientNewestOpen(long patientId) {
        read(patientId, rows -> rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0).id()));
    }

    /** Reads the patient's consultations in the background, then opens consultation {@code id} (one just saved). */
    public void showPatientOpening(long patientId, long id) {
        read(patientId, rows -> OptionalLong.of(id));
    }

    private void read(long patientId, Function<List<Row>, OptionalLong> toOpen) {
        long read = ++reads;
        // the rows of the patient shown before go at once: never taken for this patient's
        saved = List.of();
        rows.clear();
        opened.set(null);
        problem.set("");
        loading.set(true);
        tasks.run(() -> consultations.listForPatient(patientId), found -> {
            if (read != reads) {
                return;
            }
            loading.set(false);
            saved = found;
            rows.setAll(saved.stream().map(this::row).toList());
            toOpen.apply(rows).ifPresent(this::open);
        }, failed -> {
            if (read == reads) {
                loading.set(false);
                problem.set(SaveFailures.say("The past consultations could not be read: ", failed));
            }
        });
    }

    /** True while the history is being read. */
    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Opens a past consultation read-only, as it was saved. */
    public void open(long id) {
        Optional<SavedConsultation> found = saved.stream().filter(s -> s.id() == id).findFirst();
        if (found.isEmpty()) {
            opened.set(null);
            problem.set("Consultation " + id + " is not in this patient's history.");
            return;
        }
        SavedConsultation s = found.get();
        Optional<StoredReport> report = s.assessment().report();
        if (report.isEmpty()) {
            opened.set(null);
            problem.set("The report saved with this consultation is of a format this version does not read,"
                    + " so it cannot be shown. It is kept unchanged in the database.");
            return;
        }
        problem.set("");
        opened.set(new PastConsultation(s, report.get(), heading(s), rulebookNotice(s)));
    }

    public ReadOnlyObjectProperty<PastConsultation> opened() {
        return opened.getReadOnlyProperty();
    }

    /** Why the chosen consultation cannot be shown; empty when it can. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    private Row row(SavedConsultation s) {
        String decision = s.assessment().decision().map(DecisionStatus::label).orElse("(report unreadable)");
        return new Row(s.id(), TypedDates.format(s.assessment().savedAt(), zone), decision, who(s));
    }

    private String heading(SavedConsultation s) {
        return "Consultation of " + TypedDates.format(s.assessment().savedAt(), zone) + ", saved by " + who(s)
                + " (read-only)";
    }

    private static String who(SavedConsultation s) {
        return s.savedBy().initials().isEmpty() ? s.savedBy().osUser()
                : s.savedBy().initials() + " (" + s.savedBy().osUser() + ")";
    }

    private String rulebookNotice(SavedConsultation s) {
        if (s.assessment().rulebookSha256().equalsIgnoreCase(current.sha256())) {
            return "";
        }
        return "The rulebook has changed since this consultation was saved (then version "
                + s.assessment().rulebookVersion() + ", now version " + current.version() + "). It is shown as it"
                + " was then, with the findings of that rulebook; today's rules may find otherwise.";
    }
}
