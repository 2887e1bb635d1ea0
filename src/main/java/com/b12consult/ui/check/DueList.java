package com.b12consult.ui.check;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.DuePage;
import com.b12consult.assessment.DueRow;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The check's list of patients by next dose: a page of the most urgent ({@link #PAGE} at most, read as a page
 * however large the clinic), or of those whose name or identifier contains the search text, with a line saying how
 * many there are in all. Every read runs off the screen's thread, and only the newest read is shown: text typed
 * while a read runs is read again, and a slower read for older text never replaces it.
 */
public final class DueList {
    /** How many patients the list shows at most; the summary says how many there are in all. */
    static final int PAGE = 200;

    private final CheckRecords records;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final Consumer<String> problem;
    private final ObservableList<DueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DueRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyObjectWrapper<DuePage> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final StringBinding summary = Bindings.createStringBinding(this::summarize, shown);
    /** Counts the reads: only the newest one's rows are shown. */
    private long reads;
    private boolean refreshing;

    /**
     * @param problem says why a read failed ({@code ""} when a read succeeds), in the screen's words
     */
    DueList(CheckRecords records, TaskRunner tasks, Supplier<LocalDate> today, Consumer<String> problem) {
        this.records = Objects.requireNonNull(records, "records");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.today = Objects.requireNonNull(today, "today");
        this.problem = Objects.requireNonNull(problem, "problem");
        search.addListener((obs, was, now) -> {
            if (!text(was).equals(text(now))) {
                refresh();
            }
        });
    }

    /** A read of the list to be made off the screen's thread, and shown only if no newer read began meanwhile. */
    final class Read {
        private final long number;
        private final String text;
        private final LocalDate day;

        private Read(long number) {
            this.number = number;
            this.text = text(search.get());
            this.day = today.get();
        }

        /** Reads the page: off the screen's thread. */
        DuePage page() {
            return records.dueList(day, text, PAGE);
        }

        /** Shows the page read, on the screen's thread, unless a newer read began. @return whether it was shown */
        boolean show(DuePage page) {
            if (number != reads) {
                return false;
            }
            reading.set(false);
            refreshing = true;
            try {
                rows.setAll(page.rows());
            } finally {
                refreshing = false;
            }
            shown.set(page);
            return true;
        }

        /** Ends the read that failed, unless a newer read began. @return whether this was the newest read */
        boolean failed() {
            if (number != reads) {
                return false;
            }
            reading.set(false);
            return true;
        }
    }

    /** Reads the list again, off the screen's thread, for the search text as it is now. */
    public void refresh() {
        Read read = begin();
        reading.set(true);
        tasks.run(read::page, page -> {
            if (read.show(page)) {
                problem.accept("");
            }
        }, failed -> {
            if (read.failed()) {
                problem.accept(SaveFailures.say("The due list could not be read: ", failed));
            }
        });
    }

    /** A read that supersedes every read before it. */
    Read begin() {
        reads++;
        return new Read(reads);
    }

    /** A read that is shown only if no read begins before it ends (one made along with a save, say). */
    Read along() {
        return new Read(reads);
    }

    /**
     * True while the list is being filled again: a row the list selects meanwhile is not the nurse's choice, and
     * must not open another patient over the one in the check.
     */
    public boolean refreshing() {
        return refreshing;
    }

    public ObservableList<DueRow> rows() {
        return rowsReadOnly;
    }

    /** The text a patient's name or identifier must contain to be listed; blank lists the most urgent. */
    public StringProperty search() {
        return search;
    }

    /** True while the list is read. */
    public ReadOnlyBooleanProperty reading() {
        return reading.getReadOnlyProperty();
    }

    /** How many patients the list shows out of how many, and how to find one it does not show. */
    public StringBinding summary() {
        return summary;
    }

    private String summarize() {
        DuePage page = shown.get();
        if (page == null) {
            return "";
        }
        String text = page.search();
        List<DueRow> listed = page.rows();
        if (listed.isEmpty()) {
            return text.isEmpty() ? "No patients yet."
                    : "No patient's name or identifier contains \"" + text + "\".";
        }
        if (page.isPartial()) {
            return text.isEmpty()
                    ? "The " + listed.size() + " most urgent of " + thousands(page.total())
                    + " patients. To find another, type part of a name or identifier."
                    : "The first " + listed.size() + " by name of " + thousands(page.total()) + " patients matching \""
                    + text + "\"; type more of the name or identifier to narrow the list.";
        }
        String count = listed.size() == 1 ? "1 patient" : thousands(listed.size()) + " patients";
        return text.isEmpty() ? count : count + " matching \"" + text + "\"";
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }

    private static String thousands(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
