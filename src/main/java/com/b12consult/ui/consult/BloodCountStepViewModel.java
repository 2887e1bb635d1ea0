package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.Coded;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.format.TypedDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Blood count step: the lab panels on record and the new ones the clinician types, each value checked as it
 * is typed with the file reader's own words (not a number, not a value a person can have, a likely unit
 * mix-up, a date in the future). What is typed is never cleared; only what is valid goes into the assessment.
 */
public final class BloodCountStepViewModel implements ConsultationStep {
    /** Shown first and charted: the blood count a clinician reads before the vitamins. */
    public static final List<Analyte> CHARTED = List.of(Analyte.PLATELETS, Analyte.MCV, Analyte.HEMOGLOBIN);

    private final LiveConsultation live;
    private final Clock clock;
    private final ObservableList<LabPanelEntry> panels = FXCollections.observableArrayList();
    private final ObservableList<LabPanelEntry> panelsView = FXCollections.unmodifiableObservableList(panels);
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanProperty valid = ConsultationStep.validWhileNone(this, problems);
    private final ObservableList<FieldProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final TypedChanges changes = new TypedChanges();
    private final TypedChanges chartChanges = new TypedChanges();
    private final Map<Analyte, LabUnit> usualUnits = new EnumMap<>(Analyte.class);
    private final InvalidationListener onTyped = o -> typed();
    /** The valid new panels, as last read; what writeTo and the chart use. */
    private List<LabPanel> validNew = List.of();

    public BloodCountStepViewModel(List<LabPanel> onRecord, LiveConsultation live, Clock clock) {
        this.live = live;
        this.clock = clock;
        List<LabPanel> oldestFirst = onRecord.stream().sorted(Comparator.comparing(LabPanel::takenOn)).toList();
        for (Analyte a : Analyte.values()) {
            usualUnits.put(a, a.acceptedUnits().get(0));
        }
        // The clinic's usual unit for a lab is the one its reports came in last; a new panel starts there.
        oldestFirst.forEach(p -> p.results().forEach((a, q) -> usualUnits.put(a, q.unit())));
        oldestFirst.forEach(p -> panels.add(LabPanelEntry.onRecord(p)));
        // The doses the chart marks are the Injections step's: they reach this step through the live assessment.
        live.assessment().addListener((obs, was, now) -> chartChanges.fire());
        recheck();
    }

    @Override
    public String id() {
        return "blood-count";
    }

    @Override
    public String title() {
        return "_Blood count";
    }

    /** On record first (oldest first), then the new ones in the order they were added. */
    public ObservableList<LabPanelEntry> panels() {
        return panelsView;
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

    /** Fires when what the charts show may have changed: a value typed here, or the doses in the consultation. */
    public Observable chartChanges() {
        return chartChanges;
    }

    /** A new panel dated today, every value empty, each unit the one the clinic's reports use. */
    public LabPanelEntry addPanel() {
        LabPanelEntry entry = LabPanelEntry.typed(LocalDate.now(clock), usualUnits::get);
        listen(entry);
        panels.add(entry);
        typed();
        return entry;
    }

    /** Removes a panel added in this consultation; one on record stays (returns false). */
    public boolean removePanel(LabPanelEntry entry) {
        if (entry.isOnRecord() || !panels.remove(entry)) {
            return false;
        }
        entry.takenOnProperty().removeListener(onTyped);
        entry.values().values().forEach(v -> {
            v.valueProperty().removeListener(onTyped);
            v.unitProperty().removeListener(onTyped);
        });
        typed();
        return true;
    }

    public List<LabPanelEntry> newPanels() {
        return panels.stream().filter(p -> !p.isOnRecord()).toList();
    }

    @Override
    public void writeTo(AssessmentParts parts) {
        for (LabPanelEntry p : panels) {
            if (p.isOnRecord()) {
                parts.labs.add(onRecordPanel(p));
            }
        }
        parts.labs.addAll(validNew);
    }

    /** The limits in Settings for the field, in the unit chosen: "normal ≥ 150, very low < 50". */
    public String limitsText(Analyte analyte, LabUnit unit) {
        return LabLimitWords.of(live.limits(), live.assessment().get().patient().sex(), analyte, unit);
    }

    /** The values of one lab to chart, on record and valid new ones, in the report's unit, oldest first. */
    public List<TrendPoint> trend(Analyte analyte) {
        List<TrendPoint> points = new ArrayList<>();
        for (LabPanelEntry p : panels) {
            if (p.isOnRecord()) {
                LabPanel r = onRecordPanel(p);
                r.result(analyte).ifPresent(q -> points.add(point(r.takenOn(), analyte, q, true)));
            }
        }
        for (LabPanel p : validNew) {
            p.result(analyte).ifPresent(q -> points.add(point(p.takenOn(), analyte, q, false)));
        }
        points.sort(Comparator.comparing(TrendPoint::day));
        return points;
    }

    /** The normal band of a charted lab from the limits in Settings, in the report's unit. */
    public NormalBand normalBand(Analyte analyte) {
        return NormalBand.of(live.limits(), live.assessment().get().patient().sex(), analyte);
    }

    /** The days of the doses the consultation holds, for the chart's vertical marks. */
    public List<LocalDate> injectionDays() {
        return live.assessment().get().injections().stream().map(Injection::givenAt).map(t -> t.toLocalDate())
                .distinct().sorted().toList();
    }

    @Override
    public Map<String, String> draft() {
        Map<String, String> draft = new LinkedHashMap<>();
        List<LabPanelEntry> typed = newPanels();
        for (int i = 0; i < typed.size(); i++) {
            LabPanelEntry p = typed.get(i);
            draft.put("panel." + i + ".date", p.takenOnProperty().get());
            for (LabValueEntry v : p.values().values()) {
                draft.put("panel." + i + "." + v.analyte().code() + ".value", v.valueProperty().get());
                draft.put("panel." + i + "." + v.analyte().code() + ".unit", v.unitProperty().get().code());
            }
        }
        return draft;
    }

    @Override
    public void restore(Map<String, String> draft) {
        new ArrayList<>(newPanels()).forEach(this::removePanel);
        for (int i = 0; draft.containsKey("panel." + i + ".date"); i++) {
            LabPanelEntry p = addPanel();
            p.takenOnProperty().set(draft.get("panel." + i + ".date"));
            for (LabValueEntry v : p.values().values()) {
                String key = "panel." + i + "." + v.analyte().code();
                Optional.ofNullable(draft.get(key + ".unit")).flatMap(code -> Coded.fromCode(LabUnit.class, code))
                        .filter(v.analyte()::accepts).ifPresent(v.unitProperty()::set);
                v.valueProperty().set(draft.getOrDefault(key + ".value", ""));
            }
        }
    }

    private void listen(LabPanelEntry entry) {
        entry.takenOnProperty().addListener(onTyped);
        entry.values().values().forEach(v -> {
            v.valueProperty().addListener(onTyped);
            v.unitProperty().addListener(onTyped);
        });
    }

    private void typed() {
        recheck();
        changes.fire();
        chartChanges.fire();
    }

    /** Reads every new panel again: messages at the fields, the problem list, the valid panels. */
    private void recheck() {
        List<FieldProblem> found = new ArrayList<>();
        List<LabPanel> valid = new ArrayList<>();
        Map<LocalDate, Set<Analyte>> given = new HashMap<>();
        panels.stream().filter(LabPanelEntry::isOnRecord).map(BloodCountStepViewModel::onRecordPanel)
                .forEach(p -> given.computeIfAbsent(p.takenOn(), d -> new HashSet<>()).addAll(p.results().keySet()));
        int number = 0;
        for (LabPanelEntry p : panels) {
            if (p.isOnRecord()) {
                continue;
            }
            number++;
            Optional<LocalDate> day = checkDate(p, number, found);
            String panelName = day.map(d -> "panel of " + TypedDates.format(d)).orElse("new panel " + number);
            Map<Analyte, Quantity> results = new EnumMap<>(Analyte.class);
            for (LabValueEntry v : p.values().values()) {
                Optional<Quantity> q = v.quantity();
                v.clash(q.isPresent() && day.isPresent() && !given.computeIfAbsent(day.get(), d -> new HashSet<>())
                        .add(v.analyte()) ? v.analyte().label() + " for " + TypedDates.format(day.get()) + " is already"
                        + " given in another panel of that day; keep one result per lab per day (the one you trust) and"
                        + " clear the other" : "");
                String message = v.messageProperty().get();
                if (!message.isEmpty()) {
                    found.add(new FieldProblem(v.analyte().label() + ", " + panelName, message));
                } else {
                    q.ifPresent(quantity -> results.put(v.analyte(), quantity));
                }
            }
            if (day.isPresent() && !results.isEmpty()) {
                valid.add(new LabPanel(day.get(), results));
            }
        }
        validNew = List.copyOf(valid);
        problems.setAll(found);
    }

    private Optional<LocalDate> checkDate(LabPanelEntry p, int number, List<FieldProblem> found) {
        Optional<LocalDate> day = p.takenOn(LocalDate.now(clock), live.assessment().get().patient().birthDate());
        String message = p.dateMessageProperty().get();
        if (!message.isEmpty()) {
            found.add(new FieldProblem("Date taken, new panel " + number, message));
        }
        return day;
    }

    private static LabPanel onRecordPanel(LabPanelEntry p) {
        return p.recorded().orElseThrow();
    }

    private static TrendPoint point(LocalDate day, Analyte analyte, Quantity q, boolean onRecord) {
        return new TrendPoint(day, analyte.toCanonical(q.value(), q.unit()), onRecord);
    }
}
