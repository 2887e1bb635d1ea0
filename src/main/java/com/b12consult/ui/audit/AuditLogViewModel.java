package com.b12consult.ui.audit;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.Patient;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.store.PatientRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log, newest first, a page at a time (a clinic's log grows to hundreds of thousands of entries),
 * narrowed by patient, action, user and a range of days. A filter that cannot be read is refused at its field,
 * what was typed kept, and the list stays as it was.
 *
 * <p>Every read (the page, its count, the patients it names, the patient a filter names) runs off the screen's
 * thread, through the {@link TaskRunner}; while one runs the screen says it is reading. Only the newest request is
 * shown: a filter applied or a page asked for while an older read runs makes that read's rows be dropped when they
 * come. What is shown (the filter, the page) changes only when a read comes back, so a read that fails, or a
 * patient no one has, leaves the list as it was.
 */
public final class AuditLogViewModel {
    static final int PAGE_SIZE = 200;

    private final AuditLog log;
    private final PatientRepository patients;
    private final ZoneId zone;
    private final TaskRunner tasks;
    private final StringProperty patient = new SimpleStringProperty(this, "patient", "");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>(this, "action");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty until = new SimpleStringProperty(this, "until", "");
    private final ReadOnlyStringWrapper patientMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fromMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper untilMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readProblem = new ReadOnlyStringWrapper(this, "readProblem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    /** Where each page shown so far starts (the id every entry on it is below); the last is the current page. */
    private List<OptionalLong> pageStarts = List.of(OptionalLong.empty());
    private AuditFilter filter = AuditFilter.all();
    private long total;
    /** Counts the requests: a read's rows are shown only when no later request began. */
    private long requests;

    /** @param tasks runs the reads off the screen's thread and hands them back on it */
    public AuditLogViewModel(AuditLog log, PatientRepository patients, ZoneId zone, TaskRunner tasks) {
        this.log = Objects.requireNonNull(log, "log");
        this.patients = Objects.requireNonNull(patients, "patients");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        patient.addListener(x -> patientMessage.set(""));
        from.addListener(x -> fromMessage.set(""));
        until.addListener(x -> untilMessage.set(""));
    }

    /**
     * Reads the filters; when the days make sense, reads the first page of what they let through, off the screen's
     * thread (the patient named is looked up with it, and refused at its field when no one has it). False, reading
     * no page, when a day is wrong: said at its field (the patient is still looked up, to be said too).
     */
    public boolean apply() {
        Optional<Days> days = readDays();
        String typedPatient = patient.get() == null ? "" : patient.get().strip();
        AuditAction a = action.get();
        String u = user.get();
        long request = ++requests;
        if (days.isEmpty()) {
            // the page stays; the patient is looked up only to say at its field whether it is wrong too
            loading.set(false);
            if (!typedPatient.isEmpty()) {
                tasks.run(() -> patientFilter(typedPatient), found -> {
                    if (request == requests && found.isEmpty()) {
                        patientMessage.set(unknownPatient(typedPatient));
                    }
                }, failed -> { });
            }
            return false;
        }
        loading.set(true);
        tasks.run(() -> {
            OptionalLong patientId = OptionalLong.empty();
            if (!typedPatient.isEmpty()) {
                Optional<Long> found = patientFilter(typedPatient);
                if (found.isEmpty()) {
                    return Read.unknownPatient();
                }
                patientId = OptionalLong.of(found.get());
            }
            AuditFilter f = filter(patientId, a, u, days.get());
            return read(f, List.of(OptionalLong.empty()), -1);
        }, fresh -> {
            if (request != requests) {
                return;
            }
            loading.set(false);
            if (fresh.page() == null) {
                patientMessage.set(unknownPatient(typedPatient));
                return;
            }
            show(fresh);
        }, failed -> failed(request, failed));
        return true;
    }

    private static String unknownPatient(String typed) {
        return "No patient has the identifier \"" + typed + "\". Give an identifier, or # and the"
                + " number the log shows for a deleted patient (e.g. #12).";
    }

    /** Clears every filter and shows the newest entries. */
    public void clearFilters() {
        patient.set("");
        action.set(null);
        user.set("");
        from.set("");
        until.set("");
        apply();
    }

    /** Shows the newest entries again for the filters in force (new entries may have come). */
    public void refresh() {
        load(List.of(OptionalLong.empty()));
    }

    /** The page of older entries; nothing while a read runs (the page it shows is not known yet). */
    public void olderPage() {
        if (hasOlder.get() && !loading.get() && !rows.isEmpty()) {
            List<OptionalLong> starts = new ArrayList<>(pageStarts);
            starts.add(OptionalLong.of(rows.get(rows.size() - 1).id()));
            load(starts);
        }
    }

    /** The page of newer entries; nothing while a read runs. */
    public void newerPage() {
        if (pageStarts.size() > 1 && !loading.get()) {
            load(new ArrayList<>(pageStarts.subList(0, pageStarts.size() - 1)));
        }
    }

    /** Reads the page starting at the last of {@code starts}, for the filter shown, off the screen's thread. */
    private void load(List<OptionalLong> starts) {
        long request = ++requests;
        AuditFilter f = filter;
        long known = total;
        List<OptionalLong> pages = List.copyOf(starts);
        loading.set(true);
        tasks.run(() -> read(f, pages, known), fresh -> {
            if (request != requests) {
                return;
            }
            loading.set(false);
            show(fresh);
        }, failed -> failed(request, failed));
    }

    private void failed(long request, Throwable failed) {
        if (request != requests) {
            return;
        }
        loading.set(false);
        // the rows of the last good read stay; the line says why they were not read again
        readProblem.set(SaveFailures.say("The audit log could not be read: ", failed));
    }

    /** A read page (null when the patient the filter names is no one's) with the filter and pages it was read for. */
    private record Read(AuditFilter filter, List<OptionalLong> pageStarts, List<AuditRow> page, boolean older,
                        long total) {
        static Read unknownPatient() {
            return new Read(null, null, null, false, 0);
        }
    }

    /** The page, its rows' patients and (on the first page) the count: off the screen's thread. */
    private Read read(AuditFilter f, List<OptionalLong> starts, long knownTotal) {
        OptionalLong start = starts.get(starts.size() - 1);
        // one more than a page, to know whether there is an older one without counting
        List<AuditEntry> page = log.page(f, start, PAGE_SIZE + 1);
        List<AuditEntry> shown = page.subList(0, Math.min(PAGE_SIZE, page.size()));
        Map<Long, String> identifiers = new HashMap<>();
        List<AuditRow> fresh = new ArrayList<>(shown.size());
        for (AuditEntry e : shown) {
            String who = e.actor().initials().isEmpty() ? e.actor().osUser()
                    : e.actor().initials() + " (" + e.actor().osUser() + ")";
            String about = e.patientId().isPresent()
                    ? identifiers.computeIfAbsent(e.patientId().getAsLong(), this::patientLabel) : "";
            fresh.add(new AuditRow(e.id(), TypedDates.formatToTheSecond(e.at(), zone), who, label(e.action()), about, e.detail()));
        }
        long count = starts.size() == 1 || knownTotal < 0 ? log.count(f) : knownTotal;
        return new Read(f, starts, fresh, page.size() > PAGE_SIZE, count);
    }

    /** Shows a read, on the screen's thread. */
    private void show(Read read) {
        filter = read.filter();
        pageStarts = read.pageStarts();
        total = read.total();
        readProblem.set("");
        rows.setAll(read.page());
        hasOlder.set(read.older());
        hasNewer.set(pageStarts.size() > 1);
        int first = (pageStarts.size() - 1) * PAGE_SIZE + 1;
        summary.set(rows.isEmpty() ? (total == 0 ? "No entries match." : "No more entries.")
                : String.format(Locale.ROOT, "Entries %,d–%,d of %,d, newest first", first, first + rows.size() - 1, total));
    }

    /** The From and Until days as typed, each checked at its field; empty when one is wrong. */
    private record Days(Optional<LocalDate> start, Optional<LocalDate> end) {
    }

    private Optional<Days> readDays() {
        Optional<LocalDate> start = date(from.get(), fromMessage, "From");
        Optional<LocalDate> end = date(until.get(), untilMessage, "Until");
        if ((from.get() != null && !from.get().isBlank() && start.isEmpty())
                || (until.get() != null && !until.get().isBlank() && end.isEmpty())) {
            return Optional.empty();
        } else if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            untilMessage.set("Until (" + end.get() + ") is before From (" + start.get() + ").");
            return Optional.empty();
        }
        return Optional.of(new Days(start, end));
    }

    /** The patient's database id an identifier (or a deleted patient's #id) names: off the screen's thread. */
    private Optional<Long> patientFilter(String typed) {
        Optional<Patient> found = patients.findByIdentifier(typed);
        if (found.isPresent()) {
            return Optional.of(found.get().id());
        } else if (typed.matches("#\\d{1,18}")) {
            // a deleted patient's entries stay; they are found by the database id the log shows
            return Optional.of(Long.parseLong(typed.substring(1)));
        }
        return Optional.empty();
    }

    private AuditFilter filter(OptionalLong patientId, AuditAction a, String u, Days days) {
        AuditFilter f = AuditFilter.all();
        if (patientId.isPresent()) {
            f = f.withPatient(patientId.getAsLong());
        }
        if (a != null) {
            f = f.withAction(a);
        }
        if (u != null && !u.isBlank()) {
            f = f.withUser(u);
        }
        Optional<Instant> startAt = days.start().map(d -> d.atStartOfDay(zone).toInstant());
        // Until names a day, and the whole of it is included.
        Optional<Instant> endAt = days.end().map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
        return f.between(startAt, endAt);
    }

    private static Optional<LocalDate> date(String text, ReadOnlyStringWrapper message, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            message.set(field + ": \"" + text.strip() + "\" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-21.");
            return Optional.empty();
        }
    }

    private String patientLabel(long id) {
        return patients.findById(id).map(Patient::identifier).orElse("#" + id + " (deleted)");
    }

    /** "patient_created" reads "Patient created". */
    public static String label(AuditAction action) {
        String words = action.code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public StringProperty patientProperty() {
        return patient;
    }

    /** The action to show; null for any. */
    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty untilProperty() {
        return until;
    }

    public ReadOnlyStringProperty patientMessage() {
        return patientMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fromMessage() {
        return fromMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty untilMessage() {
        return untilMessage.getReadOnlyProperty();
    }

    /** Which entries are shown, of how many. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a page is read: the screen says so, and the pages wait. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the last read failed, in plain words; empty when it worked. The rows shown stay as they were. */
    public ReadOnlyStringProperty readProblemProperty() {
        return readProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNewerProperty() {
        return hasNewer.getReadOnlyProperty();
    }

    public ObservableList<AuditRow> rows() {
        return rowsReadOnly;
    }
}
