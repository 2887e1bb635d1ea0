package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Patient;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone saved the patient's details after this edit started from them, so the edit was refused and nothing was
 * saved. Carries who saved last and when (from the audit log), and the details as they are stored now, so the
 * screen can show the difference and let the user load them or save theirs over them knowingly.
 */
public final class PatientChangedException extends StoreException {
    private final Patient current;
    private final Actor changedBy;
    private final Instant changedAt;

    public PatientChangedException(Patient current, Actor changedBy, Instant changedAt) {
        super(current.name() + "'s record (" + current.identifier() + ") was changed by " + who(changedBy) + " at "
                + Objects.requireNonNull(changedAt, "changedAt") + " (UTC) while it was being edited; nothing was saved."
                + " Load the saved version, or save again over it");
        this.current = current;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The patient as stored now, with the version a save over it must name. */
    public Patient current() {
        return current;
    }

    public Actor changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** Who in the clinic's words: the initials given at sign-in, else the computer's user name. */
    public String changedByName() {
        return who(changedBy);
    }

    private static String who(Actor actor) {
        return actor.initials().isEmpty() ? actor.osUser() : actor.initials();
    }
}
