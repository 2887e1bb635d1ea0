package com.b12consult.domain;

import java.util.Objects;

/** Past reactions to B12 injections and whether other medication allergies are known. */
public record AllergyHistory(B12InjectionReaction b12InjectionReaction, boolean otherMedicationAllergies) {
    public AllergyHistory {
        Objects.requireNonNull(b12InjectionReaction, "b12InjectionReaction");
    }

    public static final AllergyHistory NONE_KNOWN = new AllergyHistory(B12InjectionReaction.NONE, false);
}
