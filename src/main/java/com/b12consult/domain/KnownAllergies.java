package com.b12consult.domain;

import java.util.Objects;

/**
 * A patient's known allergies as recorded: not recorded yet, none known (a choice), or a list. Only a list
 * counts as an allergy; the text of a list is never read for meaning, so "none known" typed into it is
 * refused where it is entered rather than guessed at here.
 */
public record KnownAllergies(AllergyStatus status, String list) {
    public static final KnownAllergies NOT_RECORDED = new KnownAllergies(AllergyStatus.NOT_RECORDED, "");
    public static final KnownAllergies NONE_KNOWN = new KnownAllergies(AllergyStatus.NONE_KNOWN, "");

    public KnownAllergies {
        Objects.requireNonNull(status, "status");
        list = Objects.requireNonNull(list, "list").strip();
        if ((status == AllergyStatus.LISTED) == list.isEmpty()) {
            throw new IllegalArgumentException(status == AllergyStatus.LISTED
                    ? "Listed allergies need at least one allergy" : "Only listed allergies have a list");
        }
    }

    /** Allergies listed as typed. */
    public static KnownAllergies listed(String list) {
        return new KnownAllergies(AllergyStatus.LISTED, list);
    }

    /** Whether any allergy is on record. */
    public boolean any() {
        return status == AllergyStatus.LISTED;
    }

    /** How the record reads to a person. */
    public String describe() {
        return switch (status) {
            case NOT_RECORDED -> "Not recorded yet: ask the patient";
            case NONE_KNOWN -> "None known";
            case LISTED -> list;
        };
    }
}
