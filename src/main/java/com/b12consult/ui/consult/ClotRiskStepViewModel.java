package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.SymptomGroup;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 2, Clot risk: the blood-clots article's risk factors, medications and conditions as ticks, the
 * allergy history, and the current symptoms, each with when it began. Filled from the last consultation.
 */
public final class ClotRiskStepViewModel implements ConsultationStep {
    private final Clock clock;
    private final Map<ClotRiskFactor, BooleanProperty> factors = new EnumMap<>(ClotRiskFactor.class);
    private final Map<MedicalCondition, BooleanProperty> conditions = new EnumMap<>(MedicalCondition.class);
    private final Map<Medication, BooleanProperty> medications = new EnumMap<>(Medication.class);
    private final Map<SymptomCode, SymptomEntry> symptoms = new EnumMap<>(SymptomCode.class);
    /** Null while not asked: an allergy history is only written when the clinician has one. */
    private final ObjectProperty<B12InjectionReaction> b12Reaction = new SimpleObjectProperty<>(this, "b12Reaction");
    private final BooleanProperty otherAllergies = new SimpleBooleanProperty(this, "otherAllergies", false);
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanProperty valid = ConsultationStep.validWhileNone(this, problems);
    private final StepChanges changes = new StepChanges();
    private boolean restoring;

    public ClotRiskStepViewModel(Collection<ClotRiskFactor> factorsOnRecord, Collection<MedicalCondition> conditionsOnRecord,
                                 Collection<Medication> medicationsOnRecord, Optional<AllergyHistory> allergyHistory,
                                 Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        InvalidationListener refresh = x -> refresh();
        for (ClotRiskFactor f : ClotRiskFactor.values()) {
            factors.put(f, tick(factorsOnRecord.contains(f), refresh));
        }
        for (MedicalCondition c : MedicalCondition.values()) {
            conditions.put(c, tick(conditionsOnRecord.contains(c), refresh));
        }
        for (Medication m : Medication.values()) {
            medications.put(m, tick(medicationsOnRecord.contains(m), refresh));
        }
        for (SymptomCode code : symptomChoices()) {
            SymptomEntry e = new SymptomEntry(code);
            e.observables().forEach(o -> o.addListener(refresh));
            symptoms.put(code, e);
        }
        allergyHistory.ifPresent(h -> {
            b12Reaction.set(h.b12InjectionReaction());
            otherAllergies.set(h.otherMedicationAllergies());
        });
        b12Reaction.addListener(refresh);
        otherAllergies.addListener(refresh);
        refresh();
    }

    private static BooleanProperty tick(boolean on, InvalidationListener refresh) {
        BooleanProperty p = new SimpleBooleanProperty(on);
        p.addListener(refresh);
        return p;
    }

    /** Current symptoms a clinician may tick: every code but the headache features, in the spec's order. */
    public static List<SymptomCode> symptomChoices() {
        return Arrays.stream(SymptomCode.values()).filter(SymptomCode::isStandaloneSymptom).toList();
    }

    /** The symptom groups in the order shown, red flags first as the spec lists them. */
    public static List<SymptomGroup> symptomGroups() {
        return Arrays.stream(SymptomGroup.values()).filter(g -> g != SymptomGroup.HEADACHE_FEATURE).toList();
    }

    @Override
    public String id() {
        return "clot-risk";
    }

    @Override
    public String title() {
        return "_Clot risk";
    }

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
        return changes;
    }

    private void refresh() {
        List<FieldProblem> found = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        symptoms.values().forEach(s -> s.check(CodeLabels.of(s.code()), now, found));
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
        if (!restoring) {
            changes.fire();
        }
    }

    @Override
    public void writeTo(AssessmentParts parts) {
        factors.forEach((f, on) -> {
            if (on.get()) {
                parts.clotRiskFactors.add(f);
            }
        });
        conditions.forEach((c, on) -> {
            if (on.get()) {
                parts.conditions.add(c);
            }
        });
        medications.forEach((m, on) -> {
            if (on.get()) {
                parts.medications.add(m);
            }
        });
        LocalDateTime now = LocalDateTime.now(clock);
        symptoms.values().forEach(s -> s.check(CodeLabels.of(s.code()), now, new ArrayList<>())
                .ifPresent(parts.symptoms::add));
        parts.allergyHistory = allergyHistory();
    }

    /** Not asked until a B12 reaction is chosen; other allergies ticked alone mean no B12 reaction is known. */
    public Optional<AllergyHistory> allergyHistory() {
        if (b12Reaction.get() == null && !otherAllergies.get()) {
            return Optional.empty();
        }
        return Optional.of(new AllergyHistory(b12Reaction.get() == null ? B12InjectionReaction.NONE : b12Reaction.get(),
                otherAllergies.get()));
    }

    @Override
    public Map<String, String> draft() {
        Map<String, String> out = new LinkedHashMap<>();
        factors.forEach((f, on) -> out.put("factor." + f.code(), Boolean.toString(on.get())));
        conditions.forEach((c, on) -> out.put("condition." + c.code(), Boolean.toString(on.get())));
        medications.forEach((m, on) -> out.put("medication." + m.code(), Boolean.toString(on.get())));
        out.put("allergy.b12Reaction", Codes.code(b12Reaction.get()));
        out.put("allergy.other", Boolean.toString(otherAllergies.get()));
        symptoms.forEach((code, s) -> {
            out.put("symptom." + code.code(), Boolean.toString(s.presentProperty().get()));
            out.put("symptom." + code.code() + ".onset", s.onsetProperty().get());
        });
        return out;
    }

    @Override
    public void restore(Map<String, String> draft) {
        restoring = true;
        try {
            factors.forEach((f, on) -> restoreTick(draft, "factor." + f.code(), on));
            conditions.forEach((c, on) -> restoreTick(draft, "condition." + c.code(), on));
            medications.forEach((m, on) -> restoreTick(draft, "medication." + m.code(), on));
            if (draft.containsKey("allergy.b12Reaction")) {
                b12Reaction.set(Codes.decode(B12InjectionReaction.class, draft.get("allergy.b12Reaction")));
            }
            restoreTick(draft, "allergy.other", otherAllergies);
            symptoms.forEach((code, s) -> {
                restoreTick(draft, "symptom." + code.code(), s.presentProperty());
                Codes.restore(draft, "symptom." + code.code() + ".onset", s.onsetProperty());
            });
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static void restoreTick(Map<String, String> draft, String key, BooleanProperty into) {
        String v = draft.get(key);
        if (v != null) {
            into.set(Boolean.parseBoolean(v));
        }
    }

    public BooleanProperty factorProperty(ClotRiskFactor factor) {
        return factors.get(factor);
    }

    public BooleanProperty conditionProperty(MedicalCondition condition) {
        return conditions.get(condition);
    }

    public BooleanProperty medicationProperty(Medication medication) {
        return medications.get(medication);
    }

    public SymptomEntry symptom(SymptomCode code) {
        return symptoms.get(code);
    }

    public ObjectProperty<B12InjectionReaction> b12ReactionProperty() {
        return b12Reaction;
    }

    public BooleanProperty otherAllergiesProperty() {
        return otherAllergies;
    }
}
