package com.b12consult.cli;

import com.b12consult.store.StoreAddress;
import com.b12consult.store.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The options of the window: {@code --db PATH} (or {@code --db=PATH}) names the database file, or
 * {@code --db postgresql://[user@]host[:port]/database} the clinic's server (read by {@link StoreAddress}); without
 * it the app uses the default file in the user's data folder. {@code --startup-probe} prints how long the
 * first frame took and closes the window (for the installer's start-up measurement); with
 * {@code --probe-sign-in INITIALS} it signs in with those initials after the first frame and prints too how long
 * until the Patients list was shown. Checked before the window starts, so a mistyped option is reported on the
 * console and no window opens.
 *
 * @param probeInitials the initials the probe signs in with; empty for the person at the window to sign in
 */
public record GuiOptions(Optional<StoreLocation> store, boolean startupProbe, Optional<String> probeInitials) {
    /** One help text for every command, so the window's options and the headless commands never disagree. */
    public static final String USAGE = CommandLine.HELP;
    /** As the sign-in card takes them: 2 to 4 letters. */
    private static final Pattern INITIALS = Pattern.compile("\\p{L}{2,4}");

    public GuiOptions {
        store = store == null ? Optional.empty() : store;
        probeInitials = probeInitials == null ? Optional.empty() : probeInitials;
        if (probeInitials.isPresent() && !startupProbe) {
            throw new IllegalArgumentException("--probe-sign-in is for --startup-probe only: the window's sign-in is"
                    + " the person's own.\n" + USAGE);
        }
    }

    /** The window, measured to its first frame when {@code startupProbe}. */
    public GuiOptions(Optional<StoreLocation> store, boolean startupProbe) {
        this(store, startupProbe, Optional.empty());
    }

    /** A database file (or the default one), as tests and embedders give it. */
    public GuiOptions(Optional<Path> database) {
        this(database == null ? Optional.empty() : database.map(StoreLocation.SqliteFile::new), false);
    }

    /** The database file given, if {@code --db} named a file rather than a clinic server. */
    public Optional<Path> database() {
        return store.filter(StoreLocation.SqliteFile.class::isInstance)
                .map(s -> ((StoreLocation.SqliteFile) s).file());
    }

    /** As {@link #parse(List, Consumer)}, with a word about the password file on standard error. */
    public static GuiOptions parse(List<String> args) {
        return parse(args, System.err::println);
    }

    /** @param notes where a word about the clinic server's password file goes (why it was ignored) */
    public static GuiOptions parse(List<String> args, Consumer<String> notes) {
        Optional<StoreLocation> database = Optional.empty();
        boolean startupProbe = false;
        Optional<String> probeInitials = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.equals("--startup-probe")) {
                startupProbe = true;
                continue;
            }
            if (arg.equals("--probe-sign-in")) {
                String initials = i + 1 < args.size() ? args.get(++i).strip() : "";
                if (!INITIALS.matcher(initials).matches()) {
                    throw new IllegalArgumentException("--probe-sign-in needs the initials to sign in with, 2 to 4"
                            + " letters, e.g. --probe-sign-in PR" + (initials.isEmpty() ? "" : " (not \"" + initials
                            + "\")") + ".\n" + USAGE);
                }
                probeInitials = Optional.of(initials);
                continue;
            }
            if (arg.equals("--db")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--db needs the path of the database file, e.g. --db clinic.db,"
                            + " or a clinic server, e.g. --db postgresql://server:5432/b12consult\n"
                            + USAGE);
                }
                value = args.get(++i);
            } else if (arg.startsWith("--db=")) {
                value = arg.substring("--db=".length());
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--db needs the path of the database file, e.g. --db=clinic.db\n"
                            + USAGE);
                }
            } else {
                throw new IllegalArgumentException("Unknown option \"" + arg + "\".\n" + USAGE);
            }
            if (database.isPresent()) {
                throw new IllegalArgumentException("--db was given twice; give one database file or clinic server.\n" + USAGE);
            }
            database = Optional.of(StoreAddress.forThisMachine(value, notes));
        }
        return new GuiOptions(database, startupProbe, probeInitials);
    }
}
