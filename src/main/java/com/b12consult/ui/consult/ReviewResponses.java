package com.b12consult.ui.consult;

import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.Coded;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the clinician gives on the review for the findings that fire: a tick per checklist item done and an
 * answer per urgent or warning alert. Kept in step with the report: those of findings that no longer fire are
 * dropped, and a new alert waits for its own answer, so an answer always belongs to the finding the clinician
 * read.
 */
final class ReviewResponses {
    private static final String TICK = "tick.";
    private static final String ANSWER = "answer.";
    private static final String REASON = "reason.";

    private final InvalidationListener changed;
    private final Map<String, AlertAnswerForm> answers = new LinkedHashMap<>();
    private final ObservableList<AlertAnswerForm> answerForms = FXCollections.observableArrayList();
    // Kept, not made per call: a view made per call listens to its list weakly and stops hearing once collected.
    private final ObservableList<AlertAnswerForm> answerFormsView = FXCollections.unmodifiableObservableList(answerForms);
    private final Map<String, BooleanProperty> ticks = new LinkedHashMap<>();
    /** What a draft gave for findings not firing when it was restored; used once, at the next report. */
    private Map<String, String> restoredForLater = Map.of();

    /** @param changed told of every tick, answer and reason the clinician changes */
    ReviewResponses(InvalidationListener changed) {
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /**
     * Follows the findings that fire now, in the order the review shows them. True when this changed what the
     * draft holds: something given was dropped with its finding, or something restored found its finding.
     */
    boolean follow(List<Finding> ordered) {
        Set<String> alerts = new LinkedHashSet<>();
        Set<String> checklist = new LinkedHashSet<>();
        for (Finding f : ordered) {
            if (f.needsAnswer()) {
                alerts.add(f.id());
            } else if (f.kind() == FindingKind.CHECKLIST) {
                checklist.add(f.id());
            }
        }
        boolean dropped = answers.keySet().removeIf(id -> !alerts.contains(id))
                | ticks.keySet().removeIf(id -> !checklist.contains(id));
        Map<String, AlertAnswerForm> kept = new LinkedHashMap<>(answers);
        answers.clear();
        for (Finding f : ordered) {
            if (alerts.contains(f.id())) {
                answers.put(f.id(), kept.containsKey(f.id()) ? kept.get(f.id()) : newForm(f));
            } else if (checklist.contains(f.id()) && !ticks.containsKey(f.id())) {
                BooleanProperty tick = new SimpleBooleanProperty(this, "tick." + f.id());
                tick.addListener(changed);
                ticks.put(f.id(), tick);
            }
        }
        Map<String, String> later = restoredForLater;
        restoredForLater = Map.of();
        later.forEach(this::apply);
        // Unchanged findings leave the list alone, so the view is not rebuilt under the clinician's typing.
        if (!answerForms.equals(List.copyOf(answers.values()))) {
            answerForms.setAll(answers.values());
        }
        return dropped || !later.isEmpty();
    }

    private AlertAnswerForm newForm(Finding f) {
        AlertAnswerForm form = new AlertAnswerForm(f);
        form.responseProperty().addListener(changed);
        form.reasonProperty().addListener(changed);
        return form;
    }

    /** The answers being given, one per urgent or warning alert that fires, most severe first. */
    ObservableList<AlertAnswerForm> answerForms() {
        return answerFormsView;
    }

    Optional<AlertAnswerForm> answerFor(String findingId) {
        return Optional.ofNullable(answers.get(findingId));
    }

    Optional<BooleanProperty> tickFor(String findingId) {
        return Optional.ofNullable(ticks.get(findingId));
    }

    /** What the clinician added, with the note, as it will be saved; answers not complete are left out. */
    ConsultationResponses given(String note) {
        Set<String> ticked = new LinkedHashSet<>();
        ticks.forEach((id, tick) -> {
            if (tick.get()) {
                ticked.add(id);
            }
        });
        List<AlertAnswer> answered = answerForms.stream().map(AlertAnswerForm::answer)
                .flatMap(Optional::stream).toList();
        return new ConsultationResponses(ticked, note, answered);
    }

    /** Adds the ticks and answers as typed to a draft. */
    void draftInto(Map<String, String> draft) {
        ticks.forEach((id, tick) -> {
            if (tick.get()) {
                draft.put(TICK + id, "true");
            }
        });
        answers.forEach((id, form) -> {
            if (form.responseProperty().get() != null) {
                draft.put(ANSWER + id, form.responseProperty().get().code());
            }
            if (!form.reasonProperty().get().isEmpty()) {
                draft.put(REASON + id, form.reasonProperty().get());
            }
        });
    }

    /**
     * Puts back the draft's ticks and answers; keys of its own it does not know are ignored. Those of findings
     * not firing yet are kept for the next report only, then dropped.
     */
    void restore(Map<String, String> draft) {
        Map<String, String> later = new HashMap<>();
        draft.forEach((key, value) -> {
            if (!apply(key, value)) {
                later.put(key, value);
            }
        });
        restoredForLater = later;
    }

    /** Every page is restored and evaluated: what is still kept for later belongs to no finding that fires. */
    void settleRestored() {
        restoredForLater = Map.of();
    }

    /** Applies one draft entry to a finding that fires; false when it belongs to none. */
    private boolean apply(String key, String value) {
        if (key.startsWith(TICK)) {
            BooleanProperty tick = ticks.get(key.substring(TICK.length()));
            if (tick != null) {
                tick.set(Boolean.parseBoolean(value));
            }
            return tick != null;
        }
        if (key.startsWith(ANSWER)) {
            AlertAnswerForm form = answers.get(key.substring(ANSWER.length()));
            if (form != null) {
                form.responseProperty().set(Coded.fromCode(AlertResponse.class, value).orElse(null));
            }
            return form != null;
        }
        if (key.startsWith(REASON)) {
            AlertAnswerForm form = answers.get(key.substring(REASON.length()));
            if (form != null) {
                form.reasonProperty().set(value);
            }
            return form != null;
        }
        return true;
    }
}
