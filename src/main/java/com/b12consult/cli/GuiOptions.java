package com.b12consult.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options of the window: {@code --db PATH} (or {@code --db=PATH}) names the database file; without
 * it the app uses the default file in the user's data folder. {@code --startup-probe} prints how long the
 * first frame took and closes the window (for the installer's start-up measurement). Checked before the
 * window starts, so a mistyped option is reported on the console and no window opens.
 */
public record GuiOptions(Optional<Path> database, boolean startupProbe) {
    /** One help text for every command, so the window's options and the headless commands never disagree. */
    public static final String USAGE = CommandLine.HELP;

    public GuiOptions {
        database = database == null ? Optional.empty() : database;
    }

    public GuiOptions(Optional<Path> database) {
        this(database, false);
    }

    public static GuiOptions parse(List<String> args) {
        Optional<Path> database = Optional.empty();
        boolean startupProbe = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.equals("--startup-probe")) {
                startupProbe = true;
                continue;
            }
            if (arg.equals("--db")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--db needs the path of the database file, e.g. --db clinic.db\n"
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
                throw new IllegalArgumentException("--db was given twice; give one database file.\n" + USAGE);
            }
            try {
                database = Optional.of(Path.of(value));
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("--db: \"" + value + "\" is not a valid path: " + e.getReason());
            }
        }
        return new GuiOptions(database, startupProbe);
    }
}
