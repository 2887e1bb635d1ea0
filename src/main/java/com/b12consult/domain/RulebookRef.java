package com.b12consult.domain;

import java.util.Objects;

/** Which rulebook produced a report: its version and the SHA-256 of its content. */
public record RulebookRef(String version, String sha256) {
    public RulebookRef {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
    }
}
