package com.b12consult.domain;

/** Where a patient stands against the prescription today. */
public enum DueState {
    /** The next dose falls on a later day. */
    NOT_YET,
    DUE_TODAY,
    /** The next dose fell on an earlier day and has not been given. */
    OVERDUE
}
