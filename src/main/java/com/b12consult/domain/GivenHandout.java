package com.b12consult.domain;

import java.time.Instant;
import java.util.Objects;

/** A handout given to a patient: when, for which saved assessment, and the SHA-256 of what was printed. */
public record GivenHandout(long id, long assessmentId, Instant givenAt, String contentSha256) {
    public GivenHandout {
        Objects.requireNonNull(givenAt, "givenAt");
        contentSha256 = Sha256.requireHex("The handout's SHA-256", contentSha256);
    }

    public GivenHandout withId(long newId) {
        return new GivenHandout(newId, assessmentId, givenAt, contentSha256);
    }
}
