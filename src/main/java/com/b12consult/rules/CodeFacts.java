package com.b12consult.rules;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Coded;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.Injection;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Code-set facts: what is present, and where it was reported. Red flags are read from
 * {@code reportedNow}: today's symptoms, the reactions after the last dose, and what came with
 * headaches since the last dose. What has happened since the last dose is what nobody has yet
 * weighed before the next one.
 *
 * <p>Red flags from before the last dose are not forgotten: {@code redFlagsEarlier} holds those of the
 * last {@link #EARLIER_WINDOW_DAYS} days and {@code redFlagsLongAgo} the older ones, alike for every red-flag
 * group (clot, stroke, headache red flags, allergic-type, bleeding), so that no group weighs more than another.
 */
final class CodeFacts {
    /**
     * Red-flag signs after an earlier dose within this many days hold the dose until someone confirms they were
     * assessed; older ones are still named, at caution. A house convention, argued in docs/decisions/rule-module.md.
     */
    static final int EARLIER_WINDOW_DAYS = 90;

    private CodeFacts() {
    }

    static List<Fact> all() {
        return List.of(
                new Fact.Codes("symptoms", "symptoms reported today", SymptomCode.class, c -> symptoms(c.assessment())),
                new Fact.Codes("lastDoseReactions", "reactions after the last dose", SymptomCode.class,
                        c -> c.derived().lastDose().map(CodeFacts::reactions).orElse(List.of())),
                new Fact.Codes("anyDoseReactions", "reactions after any dose on record", SymptomCode.class,
                        c -> c.assessment().injections().stream().flatMap(i -> reactions(i).stream()).toList()),
                new Fact.Codes("headacheSymptomsSinceLastDose", "symptoms with headaches since the last dose",
                        SymptomCode.class, c -> headacheSymptoms(c.assessment(), sinceLastDose(c))),
                new Fact.Codes("headacheSymptoms", "symptoms with any headache in the diary", SymptomCode.class,
                        c -> headacheSymptoms(c.assessment(), Optional.empty())),
                new Fact.Codes("redFlagsEarlier", "red-flag signs after a dose before the last one, or with a headache before it, "
                        + "in the last " + EARLIER_WINDOW_DAYS + " days", SymptomCode.class, c -> earlierRedFlags(c, true)),
                new Fact.Codes("redFlagsLongAgo", "red-flag signs after a dose, or with a headache, more than "
                        + EARLIER_WINDOW_DAYS + " days ago and before the last dose", SymptomCode.class, c -> earlierRedFlags(c, false)),
                new Fact.Codes("redFlagsOnRecord", "red-flag signs anywhere on record: today, after any dose, with any headache",
                        SymptomCode.class, CodeFacts::redFlagsOnRecord),
                new Fact.Codes("reportedNow", "symptoms today, reactions after the last dose, and symptoms with headaches since it",
                        SymptomCode.class, CodeFacts::reportedNow),
                new Fact.Codes("clotRiskFactors", "clot risk factors", ClotRiskFactor.class,
                        c -> plain(c.assessment().clotRiskFactors(), "risk factor on record")),
                new Fact.Codes("conditions", "conditions on record", MedicalCondition.class,
                        c -> plain(c.assessment().conditions(), "condition on record")),
                new Fact.Codes("medications", "medications on record", Medication.class,
                        c -> plain(c.assessment().medications(), "medication on record")),
                new Fact.Codes("headacheTriggers", "headache triggers noted", HeadacheTrigger.class,
                        c -> plain(c.assessment().headacheTriggers(), "trigger noted")));
    }

    private static List<Mention> symptoms(Assessment a) {
        List<Mention> out = new ArrayList<>();
        for (Symptom s : a.symptoms()) {
            out.add(new Mention(s.code(), () -> CodeLabels.of(s.code())
                    + s.onsetAt().map(t -> " since " + Words.moment(t)).orElse(" (reported today)")));
        }
        return out;
    }

    private static List<Mention> reactions(Injection dose) {
        return dose.reactions().stream()
                .map(r -> new Mention(r, () -> CodeLabels.of(r) + " after the dose of " + Words.moment(dose.givenAt())))
                .toList();
    }

    private static Optional<LocalDateTime> sinceLastDose(EvaluationContext c) {
        return c.derived().lastDose().map(Injection::givenAt);
    }

    private static List<Mention> headacheSymptoms(Assessment a, Optional<LocalDateTime> since) {
        List<Mention> out = new ArrayList<>();
        for (HeadacheEntry h : a.headaches()) {
            if (since.isPresent() && h.onsetAt().isBefore(since.get())) {
                continue;
            }
            for (SymptomCode s : h.associated()) {
                out.add(new Mention(s, () -> CodeLabels.of(s) + " with the headache of " + Words.moment(h.onsetAt())
                        + " (severity " + h.severity() + ")"));
            }
        }
        return out;
    }

    private static List<Mention> reportedNow(EvaluationContext c) {
        List<Mention> out = new ArrayList<>(symptoms(c.assessment()));
        c.derived().lastDose().ifPresent(d -> out.addAll(reactions(d)));
        out.addAll(headacheSymptoms(c.assessment(), sinceLastDose(c)));
        return out;
    }

    private static boolean redFlag(SymptomCode code) {
        return code.group().isRedFlag();
    }

    /**
     * Red-flag signs from before the last dose: reactions after earlier doses and signs with headaches that began
     * before it; {@code recent} picks those within the window, otherwise the older ones.
     */
    private static List<Mention> earlierRedFlags(EvaluationContext c, boolean recent) {
        Optional<Injection> last = c.derived().lastDose();
        if (last.isEmpty()) {
            return List.of();
        }
        LocalDateTime lastAt = last.get().givenAt();
        LocalDateTime windowStart = c.assessment().assessedAt().minusDays(EARLIER_WINDOW_DAYS);
        String since = "; a dose was given after it, on " + Words.moment(lastAt);
        List<Mention> out = new ArrayList<>();
        for (Injection dose : c.assessment().injections()) {
            if (!dose.givenAt().isBefore(lastAt) || recent == dose.givenAt().isBefore(windowStart)) {
                continue;
            }
            for (SymptomCode r : dose.reactions()) {
                if (redFlag(r)) {
                    out.add(new Mention(r, () -> CodeLabels.of(r) + " after the dose of " + Words.moment(dose.givenAt()) + since));
                }
            }
        }
        for (HeadacheEntry h : c.assessment().headaches()) {
            if (!h.onsetAt().isBefore(lastAt) || recent == h.onsetAt().isBefore(windowStart)) {
                continue;
            }
            for (SymptomCode s : h.associated()) {
                if (redFlag(s)) {
                    out.add(new Mention(s, () -> CodeLabels.of(s) + " with the headache of " + Words.moment(h.onsetAt()) + since));
                }
            }
        }
        return out;
    }

    private static List<Mention> redFlagsOnRecord(EvaluationContext c) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : symptoms(c.assessment())) {
            if (m.code() instanceof SymptomCode s && redFlag(s)) {
                out.add(m);
            }
        }
        for (Injection dose : c.assessment().injections()) {
            reactions(dose).stream().filter(m -> redFlag((SymptomCode) m.code())).forEach(out::add);
        }
        headacheSymptoms(c.assessment(), Optional.empty()).stream().filter(m -> redFlag((SymptomCode) m.code())).forEach(out::add);
        return out;
    }

    private static List<Mention> plain(List<? extends Coded> codes, String where) {
        return codes.stream().map(code -> new Mention(code, () -> CodeLabels.of(code) + " (" + where + ")")).toList();
    }
}
