package com.b12consult.store;

/** Another patient already has this identifier; nothing was saved. */
public final class DuplicatePatientIdentifierException extends StoreException {
    private final String identifier;

    public DuplicatePatientIdentifierException(String identifier, String otherPatientName) {
        super("The identifier \"" + identifier + "\" is already used by " + otherPatientName
                + "; each patient needs a different identifier (compared without regard to case)");
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }
}
