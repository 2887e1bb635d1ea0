package com.b12consult.domain;

/** Whether a patient's other allergies have been asked about, and what was found. */
public enum AllergyStatus implements Coded {
    /** Nobody has asked yet (or it was never recorded): not the same as none. */
    NOT_RECORDED("not_recorded"),
    /** Asked: the patient knows of no allergies. A choice, never read from typed text. */
    NONE_KNOWN("none_known"),
    /** The allergies are listed. */
    LISTED("listed");

    private final String code;

    AllergyStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
