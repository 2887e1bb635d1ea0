package com.b12consult.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The workstation's choice of store, kept per user in a small properties file (see
 * {@link DataLocation#defaultChoiceFile()}): written whole to a temporary file beside it and moved into place, so
 * a crash leaves the old choice or the new one, never half of one; created readable by its owner alone
 * ({@code 0600}, in a {@code 0700} folder) because it may hold the server's password.
 * <p>
 * A file others may read is made the owner's alone again when read, and a password in it is removed, not used (it
 * may have been read): the password then comes from the environment or {@code ~/.pgpass} as when none is remembered.
 * A file that cannot be read as a choice is reported, never thrown: the window asks again.
 */
public final class StoreChoiceFile {
    static final String KIND = "kind";
    static final String HOST = "host";
    static final String PORT = "port";
    static final String DATABASE = "database";
    static final String USER = "user";
    static final String SSL_MODE = "sslmode";
    static final String CA_FILE = "sslrootcert";
    static final String PASSWORD = "password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    public StoreChoiceFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** What reading the file found. */
    public sealed interface Read permits Missing, Chosen, Damaged {
    }

    /** No choice was ever saved on this computer. */
    public record Missing() implements Read {
    }

    /** @param notes what the user should know (a file others could read was made theirs alone, say) */
    public record Chosen(StoreChoice choice, List<String> notes) implements Read {
        public Chosen {
            notes = List.copyOf(notes);
        }
    }

    /** @param message what is wrong, naming the file and never a value in it */
    public record Damaged(String message) implements Read {
    }

    /** Reads the choice; never throws for what is in the file. */
    public Read read() {
        if (!Files.exists(file)) {
            return new Missing();
        }
        List<String> notes = new ArrayList<>();
        boolean othersMayRead = false;
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            othersMayRead = permissions.stream().anyMatch(p -> !p.name().startsWith("OWNER_"));
            if (othersMayRead) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                notes.add("The file " + file + " could be read by others than you; it is now yours alone.");
            }
        } catch (UnsupportedOperationException e) {
            // Windows keeps the file in the user's own profile folder; there is no mode to check
        } catch (IOException e) {
            notes.add("The file " + file + " could be read by others than you, and could not be made yours alone ("
                    + e.getMessage() + "); check its permissions.");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed \\u escape; its message may quote the file, so it is not shown
            return damaged("it cannot be read" + (e instanceof IOException io ? " (" + io.getMessage() + ")" : ""));
        }
        Optional<StoreChoice.Kind> kind = StoreChoice.Kind.ofCode(p.getProperty(KIND, "").strip());
        if (kind.isEmpty()) {
            return damaged("it names no store (" + KIND + " must be " + StoreChoice.Kind.THIS_COMPUTER.code() + " or "
                    + StoreChoice.Kind.CLINIC_SERVER.code() + ")");
        }
        int port;
        String portText = p.getProperty(PORT, "").strip();
        try {
            port = portText.isEmpty() ? StoreChoice.DEFAULT_PORT : Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            return damaged("its " + PORT + " is not a number");
        }
        Optional<Path> caFile;
        try {
            String ca = p.getProperty(CA_FILE, "").strip();
            caFile = ca.isEmpty() ? Optional.empty() : Optional.of(Path.of(ca));
        } catch (InvalidPathException e) {
            return damaged("its " + CA_FILE + " is not a valid path");
        }
        Optional<String> password = Optional.ofNullable(p.getProperty(PASSWORD)).filter(s -> !s.isEmpty());
        boolean exposed = password.isPresent() && othersMayRead;
        if (exposed) {
            password = Optional.empty();
            notes.add("The password remembered in it was removed, since others may have read it: type it again"
                    + " (and ask whoever runs the server to change it), or give it in " + StoreAddress.PASSWORD_VARIABLE
                    + " or ~/.pgpass.");
        }
        try {
            StoreChoice choice = new StoreChoice(kind.get(), p.getProperty(HOST), port, p.getProperty(DATABASE),
                    p.getProperty(USER), p.getProperty(SSL_MODE, "prefer").strip(), caFile, password);
            if (exposed) {
                try {
                    write(choice); // the password off the disk, so no later start uses it either
                } catch (StoreException e) {
                    notes.add(e.getMessage());
                }
            }
            return new Chosen(choice, notes);
        } catch (IllegalArgumentException e) {
            // the record's messages name the fields, never the password
            return damaged(e.getMessage().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + e.getMessage().substring(1));
        }
    }

    private Damaged damaged(String why) {
        return new Damaged("The saved choice of database in " + file + " cannot be used: " + why + ". Choose again"
                + " where the clinic's records are kept.");
    }

    /**
     * Writes the choice whole: to a new owner-only file beside it, then moved over the old one.
     *
     * @throws StoreException naming the file when it cannot be written (never a value in it)
     */
    public void write(StoreChoice choice) {
        Properties p = new Properties();
        p.setProperty(KIND, choice.kind().code());
        p.setProperty(HOST, choice.host());
        p.setProperty(PORT, Integer.toString(choice.port()));
        p.setProperty(DATABASE, choice.database());
        p.setProperty(USER, choice.user());
        p.setProperty(SSL_MODE, choice.sslMode());
        choice.caFile().ifPresent(f -> p.setProperty(CA_FILE, f.toString()));
        choice.password().ifPresent(pw -> p.setProperty(PASSWORD, pw));
        Path folder = file.getParent();
        Path temporary = null;
        try {
            createFolder(folder);
            temporary = createOwnerOnly(folder);
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(out, "B12 Consult: where this computer keeps the clinic's records (Settings -> Database)");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new StoreException("The choice of database could not be saved in " + file + " (" + e.getMessage()
                    + "). Check that the folder " + folder + " can be written.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray temporary file is owner-only and harmless
                }
            }
        }
    }

    private static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }

    private Path createOwnerOnly(Path folder) throws IOException {
        String prefix = "." + file.getFileName() + "-";
        try {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createTempFile(folder, prefix, ".tmp", ownerOnly);
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(folder, prefix, ".tmp");
        }
    }
}
