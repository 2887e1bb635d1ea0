package com.b12consult.testing;

import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.ExercisePlan;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Sex;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds assessments in tests without JSON: a quiet pre-injection check that later calls change. */
public final class AssessmentBuilder {
    public static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 12, 14, 0);

    private AssessmentContext context = AssessmentContext.PRE_INJECTION;
    private Sex sex = Sex.FEMALE;
    private final List<ClotRiskFactor> risks = new ArrayList<>();
    private final List<MedicalCondition> conditions = new ArrayList<>();
    private final List<Medication> medications = new ArrayList<>();
    private final List<Symptom> symptoms = new ArrayList<>();
    private Optional<AllergyHistory> allergy = Optional.empty();
    private final List<LabPanel> labs = new ArrayList<>();
    private final List<Injection> injections = new ArrayList<>();
    private final List<HeadacheEntry> headaches = new ArrayList<>();
    private final List<HeadacheTrigger> triggers = new ArrayList<>();
    private Optional<ExercisePlan> exercise = Optional.empty();
    private Optional<PlannedInjection> planned = Optional.empty();

    public static AssessmentBuilder assessment() {
        return new AssessmentBuilder();
    }

    public AssessmentBuilder consultation() {
        context = AssessmentContext.CONSULTATION;
        return this;
    }

    public AssessmentBuilder sex(Sex s) {
        sex = s;
        return this;
    }

    public AssessmentBuilder risk(ClotRiskFactor... r) {
        risks.addAll(List.of(r));
        return this;
    }

    public AssessmentBuilder condition(MedicalCondition... c) {
        conditions.addAll(List.of(c));
        return this;
    }

    public AssessmentBuilder medication(Medication... m) {
        medications.addAll(List.of(m));
        return this;
    }

    public AssessmentBuilder symptom(SymptomCode code) {
        symptoms.add(new Symptom(code, Optional.of(NOW.minusHours(20))));
        return this;
    }

    public AssessmentBuilder allergy(AllergyHistory h) {
        allergy = Optional.of(h);
        return this;
    }

    /** A panel taken {@code daysAgo} days before the assessment; values in pairs of analyte and value (canonical units). */
    public AssessmentBuilder labs(int daysAgo, Object... analyteValuePairs) {
        Map<Analyte, Quantity> results = new EnumMap<>(Analyte.class);
        for (int i = 0; i < analyteValuePairs.length; i += 2) {
            Analyte a = (Analyte) analyteValuePairs[i];
            double v = ((Number) analyteValuePairs[i + 1]).doubleValue();
            LabUnit unit = a == Analyte.RETICULOCYTES ? LabUnit.PERCENT : a.acceptedUnits().get(0);
            results.put(a, new Quantity(v, unit));
        }
        labs.add(new LabPanel(NOW.toLocalDate().minusDays(daysAgo), results));
        return this;
    }

    public AssessmentBuilder panel(LocalDate day, Analyte a, double value, LabUnit unit) {
        labs.add(new LabPanel(day, Map.of(a, new Quantity(value, unit))));
        return this;
    }

    public AssessmentBuilder dose(LocalDateTime at, SymptomCode... reactions) {
        injections.add(new Injection(at, Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID, List.of(reactions)));
        return this;
    }

    public AssessmentBuilder dose(LocalDateTime at, Product product, double micrograms, InjectionSite site) {
        injections.add(new Injection(at, product, micrograms, site, List.of()));
        return this;
    }

    public AssessmentBuilder headache(LocalDateTime at, int severity, SymptomCode... associated) {
        headaches.add(new HeadacheEntry(at, severity, HeadacheType.TENSION, List.of(associated)));
        return this;
    }

    public AssessmentBuilder trigger(HeadacheTrigger... t) {
        triggers.addAll(List.of(t));
        return this;
    }

    public AssessmentBuilder exercise(ExercisePlan plan) {
        exercise = Optional.of(plan);
        return this;
    }

    public AssessmentBuilder planned(Product product, double dose, double prescribed, InjectionSite site) {
        planned = Optional.of(new PlannedInjection(product, dose, prescribed, site));
        return this;
    }

    public AssessmentBuilder planned() {
        return planned(Product.HYDROXOCOBALAMIN, 1000, 1000, InjectionSite.RIGHT_DELTOID);
    }

    public Assessment build() {
        return new Assessment(1, context, NOW, new PatientInfo("T-1", sex, Optional.of(LocalDate.of(1970, 1, 1))),
                risks, conditions, medications, symptoms, allergy, labs, injections, headaches, triggers, exercise, planned);
    }
}
