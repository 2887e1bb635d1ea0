package com.b12consult.domain;

/** Medication classes the articles ask to review. */
public enum Medication implements Coded {
    ANTICOAGULANT("anticoagulant"),
    PLATELET_LOWERING_MEDICATION("platelet_lowering_medication"),
    NEW_MEDICATION("new_medication");

    private final String code;

    Medication(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
