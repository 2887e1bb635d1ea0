package com.b12consult.domain.format;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What makes a typed assessment one the clinic can act on, beyond its shape: events in the patient's lifetime and
 * not after the assessment, doses a B12 injection can have, lab values a living person can have in a unit the lab
 * is reported in, no entry given twice. The file reader calls these same checks on each value it reads ({@link AssessmentReader}), and the
 * screens call {@link #problemsIn} on the assessment they build, so a value is judged by one rule whichever way it
 * arrives, with the same words and at the same place (a JSON pointer, which the screens turn into their own words).
 *
 * <p>Moments are compared at the format's precision, the minute, as the file would hold them.
 */
public final class AssessmentValidator {
    /**
     * Plausible single B12 injection doses, in micrograms. Injections run from about 100 to 1000 micrograms, a few
     * regimens use up to 5000; below 10 or above 10000 is a unit slip (milligrams typed as micrograms, or the reverse).
     */
    static final double MIN_DOSE_MICROGRAMS = 10;
    static final double MAX_DOSE_MICROGRAMS = 10_000;

    /** The oldest documented human lived 122 years; older than this is a typing error in the birth date. */
    static final int MAX_AGE_YEARS = 125;

    private static final String SEVERITY_RULE = "severity is a whole number from 0 (no headache) to 10 (worst imaginable)";

    /** Every problem in the assessment, in the order the file reader reports them; empty when there is none. */
    public List<ValidationProblem> problemsIn(Assessment assessment) {
        List<ValidationProblem> problems = new ArrayList<>();
        Problems at = (pointer, message) -> problems.add(new ValidationProblem(pointer, message));
        LocalDateTime assessedAt = assessment.assessedAt();
        if (assessment.patient().id().isBlank()) {
            at.add("/patient/id", "is empty; give the patient's identifier, e.g. \"P-0042\"");
        }
        Optional<LocalDate> birthDate = assessment.patient().birthDate();
        Optional<String> birth = birthDate.flatMap(day -> birthDate(day, assessedAt));
        birth.ifPresent(message -> at.add("/patient/birthDate", message));
        Bounds bounds = new Bounds(assessedAt, birth.isPresent() ? null : birthDate.orElse(null));

        List<Symptom> symptoms = assessment.symptoms();
        for (int i = 0; i < symptoms.size(); i++) {
            String pointer = "/symptoms/" + i;
            standalone(symptoms.get(i).code()).ifPresent(m -> at.add(pointer + "/code", m));
            symptoms.get(i).onsetAt().flatMap(t -> bounds.moment(t, "a symptom's onset"))
                    .ifPresent(m -> at.add(pointer + "/onsetAt", m));
        }
        labs(assessment.labs(), bounds, at);
        injections(assessment.injections(), bounds, at);
        headaches(assessment.headaches(), bounds, at);
        assessment.plannedInjection().ifPresent(planned -> planned(planned, at));
        return List.copyOf(problems);
    }

    private static void labs(List<LabPanel> labs, Bounds bounds, Problems at) {
        Map<LocalDate, Map<Analyte, String>> seen = new HashMap<>();
        for (int i = 0; i < labs.size(); i++) {
            LabPanel panel = labs.get(i);
            String pointer = "/labs/" + i;
            bounds.day(panel.takenOn(), "a lab result").ifPresent(m -> at.add(pointer + "/takenOn", m));
            for (Map.Entry<Analyte, Quantity> result : panel.results().entrySet()) {
                String resultPointer = FieldReader.at(pointer + "/results", result.getKey().code());
                Quantity quantity = result.getValue();
                if (!result.getKey().accepts(quantity.unit())) {
                    at.add(resultPointer + "/unit", LabsReader.unitProblem(quantity.unit().code(), result.getKey(),
                            quantity.value()));
                    continue;
                }
                Optional<String> implausible = labValue(result.getKey(), quantity);
                if (implausible.isPresent()) {
                    at.add(resultPointer + "/value", implausible.get());
                } else {
                    sameDayLab(seen, panel.takenOn(), result.getKey(), resultPointer).ifPresent(m -> at.add(resultPointer, m));
                }
            }
        }
    }

    private static void injections(List<Injection> injections, Bounds bounds, Problems at) {
        Map<LocalDateTime, String> seen = new HashMap<>();
        for (int i = 0; i < injections.size(); i++) {
            Injection injection = injections.get(i);
            String pointer = "/injections/" + i;
            timed(injection.givenAt(), pointer + "/givenAt", "a dose given", "injection", seen, bounds, at);
            dose(injection.doseMicrograms()).ifPresent(m -> at.add(pointer + "/doseMicrograms", m));
            List<SymptomCode> reactions = injection.reactions();
            for (int r = 0; r < reactions.size(); r++) {
                String reaction = pointer + "/reactions/" + r;
                standalone(reactions.get(r)).ifPresent(m -> at.add(reaction, m));
            }
        }
    }

    private static void headaches(List<HeadacheEntry> headaches, Bounds bounds, Problems at) {
        Map<LocalDateTime, String> seen = new HashMap<>();
        for (int i = 0; i < headaches.size(); i++) {
            HeadacheEntry headache = headaches.get(i);
            String pointer = "/headaches/" + i;
            timed(headache.onsetAt(), pointer + "/onsetAt", "a headache", "headache", seen, bounds, at);
        }
    }

    /** A dose's or a headache's moment: within the bounds, and not a second entry at the same minute. */
    private static void timed(LocalDateTime moment, String pointer, String what, String noun,
                              Map<LocalDateTime, String> seen, Bounds bounds, Problems at) {
        bounds.moment(moment, what).ifPresent(m -> at.add(pointer, m));
        sameMinute(seen, moment, pointer, noun).ifPresent(m -> at.add(pointer, m));
    }

    private static void planned(PlannedInjection planned, Problems at) {
        dose(planned.doseMicrograms()).ifPresent(m -> at.add("/plannedInjection/doseMicrograms", m));
        dose(planned.prescribedDoseMicrograms()).ifPresent(m -> at.add("/plannedInjection/prescribedDoseMicrograms", m));
    }

    /** Why a lab value cannot be a living person's, with the likely fix; empty when it can be. */
    public static Optional<String> labValue(Analyte analyte, Quantity quantity) {
        return LabPlausibility.implausibility(analyte, quantity);
    }

    /** Why a dose in micrograms cannot be a B12 injection's (none, or a unit slip); empty when it can be. */
    public static Optional<String> dose(double micrograms) {
        if (!Double.isFinite(micrograms)) {
            return Optional.of("is not a number; a dose is a number of micrograms, e.g. 1000");
        }
        String shown = LabPlausibility.number(micrograms);
        if (micrograms <= 0) {
            return Optional.of(shown + " is not a dose; a dose is more than 0 micrograms, e.g. 1000");
        }
        if (micrograms < MIN_DOSE_MICROGRAMS) {
            return Optional.of(shown + (micrograms == 1 ? " microgram" : " micrograms") + " is below any B12 injection dose;"
                    + " doses are in micrograms: if this is milligrams, " + shown + " mg is "
                    + LabPlausibility.rounded(micrograms * 1000) + " micrograms");
        }
        if (micrograms > MAX_DOSE_MICROGRAMS) {
            return Optional.of(shown + " micrograms is more than any B12 injection dose (at most "
                    + LabPlausibility.number(MAX_DOSE_MICROGRAMS) + " micrograms, 10 mg); check the dose: "
                    + "doses are in micrograms, 1 mg = 1000 micrograms");
        }
        return Optional.empty();
    }

    /** Why a headache's severity is out of the scale, as typed; empty on the scale. */
    static Optional<String> severity(String shown, boolean onScale) {
        return onScale ? Optional.empty() : Optional.of(shown + " is out of range; " + SEVERITY_RULE);
    }

    static String severityRule() {
        return SEVERITY_RULE;
    }

    /** Why a birth date cannot be right for an assessment made at {@code assessedAt}; empty when it can be. */
    public static Optional<String> birthDate(LocalDate birthDate, LocalDateTime assessedAt) {
        LocalDate day = assessedAt.toLocalDate();
        if (birthDate.isAfter(day)) {
            return Optional.of(IsoDates.format(birthDate) + " is after the assessment ("
                    + IsoDates.format(minute(assessedAt)) + "); a birth date cannot be in the future");
        }
        if (birthDate.isBefore(day.minusYears(MAX_AGE_YEARS))) {
            return Optional.of(IsoDates.format(birthDate) + " would make the patient older than "
                    + MAX_AGE_YEARS + " years; check the year");
        }
        return Optional.empty();
    }

    /** Light sensitivity is recorded with a headache only, never as a symptom or reaction of its own. */
    static Optional<String> standalone(SymptomCode code) {
        return code == SymptomCode.LIGHT_SENSITIVITY
                ? Optional.of("light_sensitivity is recorded only with a headache, in headaches[].associated, "
                + "not as a symptom or reaction of its own")
                : Optional.empty();
    }

    /**
     * Two doses (or two headaches) at the same minute are a duplicated entry, and would be counted twice when the
     * rules count headaches after doses, so they are refused.
     */
    static Optional<String> sameMinute(Map<LocalDateTime, String> seen, LocalDateTime at, String pointer, String what) {
        String earlier = seen.putIfAbsent(minute(at), pointer);
        return earlier == null ? Optional.empty() : Optional.of("another " + what + " is recorded at the same time ("
                + earlier + "); remove the duplicate entry");
    }

    /**
     * The same lab twice on one day is refused: the file keeps days, not times, so nothing says which count is the
     * later one, and a same-day recheck (say, a citrate tube after EDTA clumping) is exactly when it matters which.
     * The clinician enters the result they trust. Different labs from one day in separate panels are fine.
     */
    static Optional<String> sameDayLab(Map<LocalDate, Map<Analyte, String>> seen, LocalDate takenOn, Analyte analyte,
                                       String pointer) {
        String earlier = seen.computeIfAbsent(takenOn, d -> new EnumMap<>(Analyte.class)).putIfAbsent(analyte, pointer);
        return earlier == null ? Optional.empty() : Optional.of(analyte.label() + " for " + IsoDates.format(takenOn)
                + " is already given at " + earlier
                + "; keep one result per lab per day (the one you trust, e.g. the confirmed recheck) and remove the other");
    }

    private static LocalDateTime minute(LocalDateTime moment) {
        return moment.truncatedTo(ChronoUnit.MINUTES);
    }

    @FunctionalInterface
    private interface Problems {
        void add(String pointer, String message);
    }

    /**
     * What an event's date is checked against: not after the assessment, not before the patient's birth. Either bound
     * may be unknown (absent, or itself invalid and already reported); that check is then skipped.
     */
    record Bounds(LocalDateTime assessedAt, LocalDate birthDate) {
        Bounds {
            assessedAt = assessedAt == null ? null : minute(assessedAt);
        }

        Optional<String> moment(LocalDateTime moment, String what) {
            LocalDateTime at = minute(moment);
            if (assessedAt != null && at.isAfter(assessedAt)) {
                return Optional.of(IsoDates.format(at) + " is after the assessment (" + IsoDates.format(assessedAt)
                        + "); " + what + " cannot be dated in the future: check the date, or the assessment's assessedAt");
            }
            return beforeBirth(at.toLocalDate(), what);
        }

        Optional<String> day(LocalDate day, String what) {
            if (assessedAt != null && day.isAfter(assessedAt.toLocalDate())) {
                return Optional.of(IsoDates.format(day) + " is after the assessment (" + IsoDates.format(assessedAt)
                        + "); " + what + " cannot be dated in the future: check the date, or the assessment's assessedAt");
            }
            return beforeBirth(day, what);
        }

        private Optional<String> beforeBirth(LocalDate day, String what) {
            return birthDate != null && day.isBefore(birthDate)
                    ? Optional.of(IsoDates.format(day) + " is before the patient's birth date ("
                    + IsoDates.format(birthDate) + "); check the date of " + what)
                    : Optional.empty();
        }
    }
}
