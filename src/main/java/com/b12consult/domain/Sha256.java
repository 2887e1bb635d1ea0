package com.b12consult.domain;

import java.util.Locale;
import java.util.Objects;

/** Checks the hex spelling of a SHA-256 digest, as kept beside a saved assessment or a handout. */
public final class Sha256 {
    private Sha256() {
    }

    /** The digest in lower case; refuses anything but 64 hex digits. */
    public static String requireHex(String what, String digest) {
        Objects.requireNonNull(digest, what);
        String hex = digest.strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(what + " must be a SHA-256 digest: 64 hexadecimal digits, was \""
                    + digest + "\"");
        }
        return hex;
    }
}
