package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.Coded;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.Report;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The Headaches step: the diary on record and new entries, the triggers the patient reports, a timeline of
 * severity against doses, and the timing the rule module derives in plain words.
 */
public final class HeadachesStepViewModel implements ConsultationStep {
    /** The associated symptoms offered as boxes: the spec's examples and the red flags a diary should catch. */
    public static final List<SymptomCode> OFFERED_SYMPTOMS = List.of(SymptomCode.NAUSEA, SymptomCode.LIGHT_SENSITIVITY,
            SymptomCode.DIZZINESS, SymptomCode.PALPITATIONS, SymptomCode.RASH, SymptomCode.ITCHING, SymptomCode.WHEEZE,
            SymptomCode.FACIAL_SWELLING, SymptomCode.NEW_NEUROLOGIC_SYMPTOMS, SymptomCode.FEVER_NECK_STIFFNESS,
            SymptomCode.FEVER);

    private final LiveConsultation live;
    private final Clock clock;
    private final ObservableList<HeadacheDiaryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<HeadacheDiaryEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanProperty valid = ConsultationStep.validWhileNone(this, problems);
    private final ObservableList<FieldProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final Map<HeadacheTrigger, BooleanProperty> triggers = new EnumMap<>(HeadacheTrigger.class);
    private final ObservableList<String> timingSummary = FXCollections.observableArrayList();
    private final TypedChanges changes = new TypedChanges();
    private final InvalidationListener onTyped = o -> typed();
    private final SetChangeListener<SymptomCode> onTicked = c -> typed();
    private final Optional<SuddenOnsetQuestion> suddenOnset;
    private List<HeadacheEntry> validNew = List.of();

    public HeadachesStepViewModel(List<HeadacheEntry> onRecord, List<HeadacheTrigger> triggers, LiveConsultation live,
                                  Clock clock) {
        this(onRecord, triggers, live, clock, Optional.empty());
    }

    /** @param suddenOnset the rule module's question about a severe headache, where the step can answer it */
    public HeadachesStepViewModel(List<HeadacheEntry> onRecord, List<HeadacheTrigger> triggers, LiveConsultation live,
                                  Clock clock, Optional<SuddenOnsetQuestion> suddenOnset) {
        this.suddenOnset = suddenOnset;
        this.live = live;
        this.clock = clock;
        onRecord.stream().sorted(Comparator.comparing(HeadacheEntry::onsetAt))
                .forEach(h -> entries.add(HeadacheDiaryEntry.onRecord(h)));
        for (HeadacheTrigger t : HeadacheTrigger.values()) {
            BooleanProperty ticked = new SimpleBooleanProperty(this, t.code(), triggers.contains(t));
            ticked.addListener(onTyped);
            this.triggers.put(t, ticked);
        }
        live.report().addListener((obs, was, now) -> summarize(now));
        summarize(live.report().get());
        recheck();
    }

    @Override
    public String id() {
        return "headaches";
    }

    @Override
    public String title() {
        return "_Headaches";
    }

    /** Whether a severe headache came on suddenly, asked beside the diary; empty where it cannot be recorded. */
    public Optional<SuddenOnsetQuestion> suddenOnset() {
        return suddenOnset;
    }

    public ObservableList<HeadacheDiaryEntry> entries() {
        return entriesView;
    }

    @Override
    public ObservableList<FieldProblem> problems() {
        return problemsView;
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    @Override
    public Observable changes() {
        return changes;
    }

    public BooleanProperty trigger(HeadacheTrigger trigger) {
        return triggers.get(trigger);
    }

    /** The derived headache timing in plain words, kept current with the live report. */
    public ObservableList<String> timingSummary() {
        return timingSummary;
    }

    /** A new entry starting now (to the hour, as a diary is kept), severity to be typed. */
    public HeadacheDiaryEntry addEntry() {
        HeadacheDiaryEntry entry = HeadacheDiaryEntry.typed(LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS));
        entry.onsetProperty().addListener(onTyped);
        entry.severityProperty().addListener(onTyped);
        entry.typeProperty().addListener(onTyped);
        entry.associated().addListener(onTicked);
        entries.add(entry);
        typed();
        return entry;
    }

    /** Removes an entry added in this consultation; one on record stays (returns false). */
    public boolean removeEntry(HeadacheDiaryEntry entry) {
        if (entry.isOnRecord() || !entries.remove(entry)) {
            return false;
        }
        entry.onsetProperty().removeListener(onTyped);
        entry.severityProperty().removeListener(onTyped);
        entry.typeProperty().removeListener(onTyped);
        entry.associated().removeListener(onTicked);
        typed();
        return true;
    }

    public List<HeadacheDiaryEntry> newEntries() {
        return entries.stream().filter(e -> !e.isOnRecord()).toList();
    }

    @Override
    public void writeTo(AssessmentParts parts) {
        entries.stream().filter(HeadacheDiaryEntry::isOnRecord).forEach(e -> parts.headaches.add(e.recorded().orElseThrow()));
        parts.headaches.addAll(validNew);
        triggers.forEach((t, ticked) -> {
            if (ticked.get()) {
                parts.headacheTriggers.add(t);
            }
        });
    }

    /** The headaches to chart, on record and valid new ones, oldest first. */
    public List<HeadacheEntry> charted() {
        List<HeadacheEntry> all = new ArrayList<>();
        entries.stream().filter(HeadacheDiaryEntry::isOnRecord).forEach(e -> all.add(e.recorded().orElseThrow()));
        all.addAll(validNew);
        all.sort(Comparator.comparing(HeadacheEntry::onsetAt));
        return all;
    }

    public List<LocalDateTime> injectionTimes() {
        return live.assessment().get().injections().stream().map(Injection::givenAt).sorted().toList();
    }

    @Override
    public Map<String, String> draft() {
        Map<String, String> draft = new LinkedHashMap<>();
        List<HeadacheDiaryEntry> typed = newEntries();
        for (int i = 0; i < typed.size(); i++) {
            HeadacheDiaryEntry e = typed.get(i);
            draft.put("headache." + i + ".onset", e.onsetProperty().get());
            draft.put("headache." + i + ".severity", e.severityProperty().get());
            draft.put("headache." + i + ".type", e.typeProperty().get().code());
            draft.put("headache." + i + ".associated", String.join(",", e.associated().stream()
                    .sorted().map(SymptomCode::code).toList()));
        }
        triggers.forEach((t, ticked) -> draft.put("trigger." + t.code(), Boolean.toString(ticked.get())));
        return draft;
    }

    @Override
    public void restore(Map<String, String> draft) {
        new ArrayList<>(newEntries()).forEach(this::removeEntry);
        for (int i = 0; draft.containsKey("headache." + i + ".onset"); i++) {
            String key = "headache." + i;
            HeadacheDiaryEntry e = addEntry();
            e.onsetProperty().set(draft.get(key + ".onset"));
            e.severityProperty().set(draft.getOrDefault(key + ".severity", ""));
            Optional.ofNullable(draft.get(key + ".type")).flatMap(c -> Coded.fromCode(HeadacheType.class, c))
                    .ifPresent(e.typeProperty()::set);
            Arrays.stream(draft.getOrDefault(key + ".associated", "").split(","))
                    .map(c -> Coded.fromCode(SymptomCode.class, c.strip())).flatMap(Optional::stream)
                    .forEach(e.associated()::add);
        }
        triggers.forEach((t, ticked) -> Optional.ofNullable(draft.get("trigger." + t.code()))
                .ifPresent(v -> ticked.set(Boolean.parseBoolean(v))));
    }

    private void summarize(Report report) {
        timingSummary.setAll(report == null ? List.of() : HeadacheTimingWords.of(report.derived().headacheTiming()));
    }

    private void typed() {
        recheck();
        changes.fire();
    }

    private void recheck() {
        List<FieldProblem> found = new ArrayList<>();
        List<HeadacheEntry> valid = new ArrayList<>();
        Set<LocalDateTime> onsets = new HashSet<>();
        entries.stream().filter(HeadacheDiaryEntry::isOnRecord).forEach(e -> onsets.add(e.recorded().orElseThrow().onsetAt()));
        int number = 0;
        for (HeadacheDiaryEntry e : entries) {
            if (e.isOnRecord()) {
                continue;
            }
            number++;
            String name = "new headache " + number;
            Optional<LocalDateTime> onset = e.onsetAt(LocalDateTime.now(clock));
            if (onset.isPresent() && !onsets.add(onset.get())) {
                e.repeated();
                onset = Optional.empty();
            }
            String onsetMessage = e.onsetMessageProperty().get();
            if (!onsetMessage.isEmpty()) {
                found.add(new FieldProblem("Onset, " + name, onsetMessage));
            }
            String shortName = onset.map(t -> "headache of " + TypedDates.format(t)).orElse(name);
            Optional<Integer> severity = e.severity();
            String severityMessage = e.severityMessageProperty().get();
            if (!severityMessage.isEmpty()) {
                found.add(new FieldProblem("Severity, " + shortName, severityMessage));
            }
            if (onset.isPresent() && severity.isPresent()) {
                valid.add(new HeadacheEntry(onset.get(), severity.get(), e.typeProperty().get(),
                        e.associated().stream().sorted().toList()));
            }
        }
        validNew = List.copyOf(valid);
        problems.setAll(found);
    }
}
