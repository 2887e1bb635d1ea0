package com.b12consult.ui.patients;

/** One field where the version someone else saved and the one typed differ, each as the form would show it. */
public record FieldDifference(String field, String theirs, String yours) {
}
