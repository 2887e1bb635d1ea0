package com.b12consult.ui.database;

import com.b12consult.store.StoreLocation;
import java.net.URI;

/** The store in use, in the words the window shows it: which kind, and where. */
public final class StoreWords {
    private StoreWords() {
    }

    public static String describe(StoreLocation location) {
        if (location instanceof StoreLocation.ClinicServer server) {
            URI uri = URI.create(server.url());
            return "Clinic server: " + server.hostAndPort() + uri.getPath() + " as " + server.user() + ", "
                    + tls(server.sslMode());
        }
        return "This computer only: " + location.describe();
    }

    static String tls(String sslMode) {
        return switch (sslMode) {
            case "require" -> "always encrypted (TLS required)";
            case "verify-full" -> "always encrypted, the server's certificate checked (TLS verify-full)";
            case "verify-ca" -> "always encrypted, the server's certificate authority checked (TLS verify-ca)";
            case "disable" -> "not encrypted";
            default -> "encrypted when the server offers it (TLS " + sslMode + ")";
        };
    }
}
