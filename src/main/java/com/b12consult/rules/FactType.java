package com.b12consult.rules;

/** The kinds of facts a rule condition can read. */
public enum FactType {
    /** True, false, or unknown (a lab not on record). */
    FLAG,
    /** A number in the canonical unit, or unknown. */
    NUMBER,
    /** One code out of a fixed set, or unknown. */
    TEXT,
    /** A set of codes present (symptoms, risk factors, ...), each with where it was reported. */
    CODES
}
