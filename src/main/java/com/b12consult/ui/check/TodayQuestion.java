package com.b12consult.ui.check;

import static com.b12consult.domain.SymptomCode.*;

import com.b12consult.domain.SymptomCode;
import java.util.List;

/**
 * Today's yes/no questions. A "yes" opens the signs to tick; until one is ticked the check counts the
 * answer as {@code assumed}, the sign of the group that weighs most, so a "yes" can never leave the
 * banner quieter than the truth.
 */
public enum TodayQuestion {
    LEG("leg", "Leg: swelling on one side, pain or tenderness, warmth or redness?",
            List.of(LEG_SWELLING_ONE_SIDED, LEG_PAIN_TENDERNESS, LEG_WARMTH_REDNESS), LEG_SWELLING_ONE_SIDED),
    LUNG("lung", "Chest: sudden shortness of breath, chest pain, coughing blood, racing heart?",
            List.of(SUDDEN_SHORTNESS_OF_BREATH, CHEST_PAIN, COUGHING_BLOOD, RAPID_HEARTBEAT),
            SUDDEN_SHORTNESS_OF_BREATH),
    STROKE("stroke", "Stroke signs: face drooping, weakness or numbness on one side, trouble speaking?",
            List.of(FACIAL_DROOP, ONE_SIDED_WEAKNESS_NUMBNESS, SPEECH_DIFFICULTY), ONE_SIDED_WEAKNESS_NUMBNESS),
    ALLERGY("allergy", "Allergic reaction now: trouble breathing, swelling, wheeze, rash or itching?",
            List.of(BREATHING_DIFFICULTY, THROAT_SWELLING, FACIAL_SWELLING, WHEEZE, WIDESPREAD_RASH,
                    SEVERE_DIZZINESS, RASH, ITCHING), BREATHING_DIFFICULTY),
    HEADACHE("headache", "Worst headache ever, sudden, or new neurologic symptoms?",
            List.of(SUDDEN_SEVERE_HEADACHE, NEW_NEUROLOGIC_SYMPTOMS), SUDDEN_SEVERE_HEADACHE),
    // A fever alone is no red flag, so a bare "yes" counts as the stiff neck: the sign that weighs most.
    FEVER_NECK("fever-neck", "Fever, with a stiff neck or a bad headache?", List.of(FEVER_NECK_STIFFNESS, FEVER),
            FEVER_NECK_STIFFNESS),
    BLEEDING("bleeding", "Unusual bleeding, easy bruising, or pinpoint red spots?",
            List.of(SymptomCode.BLEEDING, EASY_BRUISING, PETECHIAE), SymptomCode.BLEEDING),
    // Wheeze or swelling after the last dose is urgent (allergy.severe-signs-now), a rash only holds.
    REACTIONS("reactions", "Any reaction since the last dose?",
            List.of(RASH, ITCHING, WHEEZE, FACIAL_SWELLING, INJECTION_SITE_SORENESS, INJECTION_SITE_REACTION_SEVERE,
                    DIZZINESS, NAUSEA, PALPITATIONS, FATIGUE), WHEEZE),
    UNWELL("unwell", "Feeling unwell today, dizzy or faint?",
            List.of(DIZZINESS, FAINTNESS, UNUSUAL_WEAKNESS, FATIGUE, NAUSEA, PALPITATIONS, TINGLING_NUMBNESS,
                    BALANCE_PROBLEMS), DIZZINESS);

    private final String idSuffix;
    private final String question;
    private final List<SymptomCode> signs;
    private final SymptomCode assumed;

    TodayQuestion(String idSuffix, String question, List<SymptomCode> signs, SymptomCode assumed) {
        this.idSuffix = idSuffix;
        this.question = question;
        this.signs = signs;
        this.assumed = assumed;
    }

    /** Stable name for control ids: {@code ask-leg}, {@code sign-leg-leg_pain_tenderness}. */
    public String idSuffix() {
        return idSuffix;
    }

    public String question() {
        return question;
    }

    public List<SymptomCode> signs() {
        return signs;
    }

    public SymptomCode assumed() {
        return assumed;
    }

    /** About the last dose (its reactions) rather than how the patient is now. */
    public boolean aboutLastDose() {
        return this == REACTIONS;
    }
}
