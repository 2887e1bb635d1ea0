package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.Finding;
import com.b12consult.domain.Report;
import com.b12consult.ui.DecisionBanner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Review step: the live decision and findings, grouped by topic with the most severe first; the
 * checklist items the clinician ticks done; a note; and an answer to every urgent or warning alert.
 * <p>
 * Unanswered alerts never block navigation (they are not {@link #problems()}); they block saving, and
 * {@link #saveBlockers()} says which. When the report changes, the ticks and answers of findings that no
 * longer fire are dropped, and a new alert waits for its own answer: an answer always belongs to the
 * finding the clinician read.
 */
public final class ReviewStepViewModel implements ConsultationStep {
    private static final String NOTE = "note";

    private final LiveConsultation live;
    private final Optional<SuddenOnsetQuestion> suddenOnset;
    private final ObservableList<FieldProblem> pendingElsewhere;
    private final ObservableList<FindingGroup> groups = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanProperty valid = ConsultationStep.validWhileNone(this, problems);
    private final ObservableList<String> saveBlockers = FXCollections.observableArrayList();
    // Read-only views kept, not made per call: a view made per call listens to its list weakly, and a
    // listener added to it stops hearing once the view is collected.
    private final ObservableList<FindingGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<String> saveBlockersView = FXCollections.unmodifiableObservableList(saveBlockers);
    private final ObservableList<FieldProblem> pendingView;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final InvalidationListener changed = obs -> onEdit();
    private final ReviewResponses responses = new ReviewResponses(changed);
    private final ObjectBinding<DecisionBanner> banner;
    private final StringBinding pendingNotice;
    private final BooleanBinding canSave;

    public ReviewStepViewModel(LiveConsultation live, ObservableList<FieldProblem> pendingElsewhere) {
        this(live, pendingElsewhere, Optional.empty());
    }

    /** @param suddenOnset the rule module's question about a severe headache, answered here too */
    public ReviewStepViewModel(LiveConsultation live, ObservableList<FieldProblem> pendingElsewhere,
                               Optional<SuddenOnsetQuestion> suddenOnset) {
        this.suddenOnset = Objects.requireNonNull(suddenOnset, "suddenOnset");
        this.live = Objects.requireNonNull(live, "live");
        this.pendingElsewhere = Objects.requireNonNull(pendingElsewhere, "pendingElsewhere");
        pendingView = FXCollections.unmodifiableObservableList(pendingElsewhere);
        banner = Bindings.createObjectBinding(() -> DecisionBanner.of(live.report().get()), live.report());
        pendingNotice = Bindings.createStringBinding(this::describePending, pendingElsewhere);
        canSave = Bindings.isEmpty(saveBlockers);
        note.addListener(changed);
        live.report().addListener((obs, was, now) -> onReport(now));
        onReport(live.report().get());
    }

    @Override
    public String id() {
        return "review";
    }

    @Override
    public String title() {
        return "_Review";
    }

    /** Reasons missing for alerts answered "not applicable", each at its field. */
    @Override
    public ObservableList<FieldProblem> problems() {
        return problems;
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    @Override
    public Observable changes() {
        return revision.getReadOnlyProperty();
    }

    /** The review adds nothing to the assessment: ticks, note and answers go beside its report. */
    @Override
    public void writeTo(AssessmentParts parts) {
        Objects.requireNonNull(parts, "parts");
    }

    /** Whether a severe headache came on suddenly: one tick away on the review, where the findings are read. */
    public Optional<SuddenOnsetQuestion> suddenOnset() {
        return suddenOnset;
    }

    public ObjectBinding<DecisionBanner> banner() {
        return banner;
    }

    /** The report the review shows, as the consultation keeps it current. */
    public Report report() {
        return live.report().get();
    }

    public ObservableList<FindingGroup> groups() {
        return groupsView;
    }

    /** The values other steps still cannot use; the findings were worked out without them. */
    public ObservableList<FieldProblem> pendingElsewhere() {
        return pendingView;
    }

    /** Says plainly that the findings leave out values still to be corrected; empty when none are. */
    public StringBinding pendingNotice() {
        return pendingNotice;
    }

    /** The answers being given, one per urgent or warning alert that fires, most severe first. */
    public ObservableList<AlertAnswerForm> answerForms() {
        return responses.answerForms();
    }

    public Optional<AlertAnswerForm> answerFor(String findingId) {
        return responses.answerFor(findingId);
    }

    /** The tick of a checklist finding that fires; empty for any other finding. */
    public Optional<BooleanProperty> tickFor(String findingId) {
        return responses.tickFor(findingId);
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** What still stands in the way of saving, in plain words: one line per alert not yet answered. */
    public ObservableList<String> saveBlockers() {
        return saveBlockersView;
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    /** What the clinician added, as it will be saved; answers that are not complete are left out. */
    public ConsultationResponses responses() {
        return responses.given(note.get());
    }

    @Override
    public Map<String, String> draft() {
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put(NOTE, note.get());
        responses.draftInto(draft);
        return draft;
    }

    /**
     * Puts back ticks, note and answers. Those of findings not firing yet are kept for the next report
     * only (the consultation may evaluate the other restored steps after this one), then dropped.
     */
    @Override
    public void restore(Map<String, String> draft) {
        Objects.requireNonNull(draft, "draft");
        note.set(draft.getOrDefault(NOTE, ""));
        responses.restore(draft);
        onEdit();
    }

    private void onReport(Report report) {
        List<FindingGroup> grouped = FindingGroup.of(report == null ? List.<Finding>of() : report.findings());
        boolean edited = responses.follow(grouped.stream().flatMap(g -> g.findings().stream()).toList());
        // Unchanged findings leave the list alone, so the view is not rebuilt under the clinician's typing.
        if (!groups.equals(grouped)) {
            groups.setAll(grouped);
        }
        if (edited) {
            onEdit();
        } else {
            refreshChecks();
        }
    }

    private void onEdit() {
        refreshChecks();
        revision.set(revision.get() + 1);
    }

    private void refreshChecks() {
        List<FieldProblem> missingReasons = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        for (AlertAnswerForm form : responses.answerForms()) {
            String title = form.finding().title();
            if (!form.reasonMessage().get().isEmpty()) {
                missingReasons.add(new FieldProblem("Reason for \u201c" + title + "\u201d",
                        form.reasonMessage().get()));
            }
            if (form.answer().isEmpty()) {
                blockers.add(form.responseProperty().get() == null
                        ? form.finding().severity().code().toUpperCase() + " alert \u201c" + title
                        + "\u201d is not answered: choose \u201cacted on\u201d, or \u201cnot applicable\u201d with a reason."
                        : "\u201c" + title + "\u201d is marked not applicable without a reason: write why it does"
                        + " not apply.");
            }
        }
        if (!problems.equals(missingReasons)) {
            problems.setAll(missingReasons);
        }
        if (!saveBlockers.equals(blockers)) {
            saveBlockers.setAll(blockers);
        }
    }

    /**
     * Every step is restored and evaluated: what the draft gave for findings that do not fire now is
     * dropped, so it can never answer an alert that only begins to fire later, unseen.
     */
    public void settleRestored() {
        responses.settleRestored();
    }

    private String describePending() {
        if (pendingElsewhere.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(pendingElsewhere.size() == 1
                ? "One value still needs correcting. Until it is, the findings below may leave it out or rest on"
                + " it as typed, and the consultation cannot be saved:"
                : pendingElsewhere.size() + " values still need correcting. Until they are, the findings below may"
                + " leave them out or rest on them as typed, and the consultation cannot be saved:");
        for (FieldProblem p : pendingElsewhere) {
            text.append("\n\u2022 ").append(p.field()).append(": ").append(p.message());
        }
        text.append("\nCorrect them on their steps; the findings will update.");
        return text.toString();
    }
}
