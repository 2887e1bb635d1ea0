package com.b12consult.domain;

import java.util.Objects;

/**
 * Who does something that the audit log records: the operating-system user, and the initials the
 * clinician or nurse gave (empty when none were given).
 */
public record Actor(String osUser, String initials) {
    public Actor {
        osUser = Objects.requireNonNull(osUser, "osUser").strip();
        if (osUser.isEmpty()) {
            throw new IllegalArgumentException("osUser must not be blank");
        }
        initials = Objects.requireNonNull(initials, "initials").strip();
    }
}
