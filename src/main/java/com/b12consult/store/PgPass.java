package com.b12consult.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * PostgreSQL's password file, read as libpq reads it: one {@code host:port:database:username:password} a line,
 * {@code *} matching anything, {@code \:} and {@code \\} for a colon or backslash in a field, the first matching
 * line wins. A file that others than its owner may read or write is ignored (as libpq does), with a note saying
 * why, so a password left readable to everyone is not used quietly.
 */
final class PgPass {
    private PgPass() {
    }

    /** The password for the server's host, port, database and user, if the file holds one. */
    static Optional<String> password(Path file, String host, int port, String database, String user,
                                     Consumer<String> notes) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(p -> !p.name().startsWith("OWNER_"))) {
                notes.accept("The password file " + file + " is ignored: others than you may read or change it."
                        + " Make it yours alone with: chmod 600 " + file);
                return Optional.empty();
            }
        } catch (UnsupportedOperationException e) {
            // Windows keeps the file in the user's own profile folder; there is no mode to check (nor does libpq).
        } catch (IOException e) {
            notes.accept("The password file " + file + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            notes.accept("The password file " + file + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        String[] wanted = {host, Integer.toString(port), database, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                matches = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (matches) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /** The four fields before the password, then the password (up to an unescaped colon). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == ':') {
                break; // as libpq: an unescaped colon ends the password
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
