package com.b12consult.ui.audit;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.Patient;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.store.PatientRepository;
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
 */
public final class AuditLogViewModel {
    static final int PAGE_SIZE = 200;

    private final AuditLog log;
    private final PatientRepository patients;
    private final ZoneId zone;
    private final StringProperty patient = new SimpleStringProperty(this, "patient", "");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>(this, "action");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty until = new SimpleStringProperty(this, "until", "");
    private final ReadOnlyStringWrapper patientMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fromMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper untilMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    /** Where each page shown so far starts (the id every entry on it is below); the last is the current page. */
    private final List<OptionalLong> pageStarts = new ArrayList<>();
    private AuditFilter filter = AuditFilter.all();
    private long total;

    public AuditLogViewModel(AuditLog log, PatientRepository patients, ZoneId zone) {
        this.log = Objects.requireNonNull(log, "log");
        this.patients = Objects.requireNonNull(patients, "patients");
        this.zone = Objects.requireNonNull(zone, "zone");
        patient.addListener(x -> patientMessage.set(""));
        from.addListener(x -> fromMessage.set(""));
        until.addListener(x -> untilMessage.set(""));
    }

    /** Reads the filters; when they all make sense, shows the first page of what they let through. */
    public boolean apply() {
        Optional<AuditFilter> read = readFilter();
        if (read.isEmpty()) {
            return false;
        }
        filter = read.get();
        pageStarts.clear();
        pageStarts.add(OptionalLong.empty());
        load();
        return true;
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
        pageStarts.clear();
        pageStarts.add(OptionalLong.empty());
        load();
    }

    public void olderPage() {
        if (hasOlder.get()) {
            pageStarts.add(OptionalLong.of(rows.get(rows.size() - 1).id()));
            load();
        }
    }

    public void newerPage() {
        if (pageStarts.size() > 1) {
            pageStarts.remove(pageStarts.size() - 1);
            load();
        }
    }

    private Optional<AuditFilter> readFilter() {
        AuditFilter f = AuditFilter.all();
        boolean ok = true;
        String p = patient.get() == null ? "" : patient.get().strip();
        if (!p.isEmpty()) {
            Optional<Patient> found = patients.findByIdentifier(p);
            if (found.isPresent()) {
                f = f.withPatient(found.get().id());
            } else if (p.matches("#\\d{1,18}")) {
                // a deleted patient's entries stay; they are found by the database id the log shows
                f = f.withPatient(Long.parseLong(p.substring(1)));
            } else {
                patientMessage.set("No patient has the identifier \"" + p + "\". Give an identifier, or # and the"
                        + " number the log shows for a deleted patient (e.g. #12).");
                ok = false;
            }
        }
        if (action.get() != null) {
            f = f.withAction(action.get());
        }
        if (user.get() != null && !user.get().isBlank()) {
            f = f.withUser(user.get());
        }
        Optional<LocalDate> start = date(from.get(), fromMessage, "From");
        Optional<LocalDate> end = date(until.get(), untilMessage, "Until");
        if ((from.get() != null && !from.get().isBlank() && start.isEmpty())
                || (until.get() != null && !until.get().isBlank() && end.isEmpty())) {
            ok = false;
        } else if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            untilMessage.set("Until (" + end.get() + ") is before From (" + start.get() + ").");
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        Optional<Instant> startAt = start.map(d -> d.atStartOfDay(zone).toInstant());
        // Until names a day, and the whole of it is included.
        Optional<Instant> endAt = end.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
        return Optional.of(f.between(startAt, endAt));
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

    private void load() {
        OptionalLong start = pageStarts.get(pageStarts.size() - 1);
        // one more than a page, to know whether there is an older one without counting
        List<AuditEntry> page = log.page(filter, start, PAGE_SIZE + 1);
        hasOlder.set(page.size() > PAGE_SIZE);
        hasNewer.set(pageStarts.size() > 1);
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
        rows.setAll(fresh);
        if (pageStarts.size() == 1) {
            total = log.count(filter);
        }
        int first = (pageStarts.size() - 1) * PAGE_SIZE + 1;
        summary.set(rows.isEmpty() ? (total == 0 ? "No entries match." : "No more entries.")
                : String.format(Locale.ROOT, "Entries %,d–%,d of %,d, newest first", first, first + rows.size() - 1, total));
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
