package com.b12consult.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the database lives when no --db is given: the user's data folder, as each system names it. */
public final class DataLocation {
    public static final String FILE_NAME = "b12consult.db";
    public static final String CHOICE_FILE_NAME = "database.properties";

    private DataLocation() {
    }

    /** The default database file on this machine. */
    public static Path defaultDatabaseFile() {
        return Path.of(defaultDatabasePath(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "")));
    }

    /**
     * The default database path for a system, given its environment and the user's home folder, in that
     * system's spelling (so Windows paths can be checked on any machine).
     * <ul>
     *   <li>Windows: {@code %APPDATA%\B12Consult\b12consult.db} (without APPDATA: {@code <home>\AppData\Roaming})</li>
     *   <li>macOS: {@code <home>/Library/Application Support/B12Consult/b12consult.db}</li>
     *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/b12consult/b12consult.db}, or
     *       {@code <home>/.local/share/b12consult/b12consult.db} when XDG_DATA_HOME is unset, empty or
     *       relative (the XDG base directory specification says to ignore a relative one)</li>
     * </ul>
     */
    public static String defaultDatabasePath(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.getOrDefault("APPDATA", "");
            String base = appData.isBlank() ? join("\\", userHome, "AppData\\Roaming") : trimEnd(appData, "\\/");
            return join("\\", base, "B12Consult", FILE_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return join("/", userHome, "Library/Application Support/B12Consult", FILE_NAME);
        }
        String xdg = env.getOrDefault("XDG_DATA_HOME", "");
        String base = xdg.startsWith("/") ? trimEnd(xdg, "/") : join("/", userHome, ".local/share");
        return join("/", base, "b12consult", FILE_NAME);
    }

    /** Where this workstation's choice of store is kept on this machine (see {@link StoreChoiceFile}). */
    public static Path defaultChoiceFile() {
        return Path.of(defaultChoicePath(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "")));
    }

    /**
     * Where the workstation's choice of store (this computer, or the clinic server and how to reach it) is kept,
     * per user, in the system's place for settings: beside the database on Windows and macOS, and in
     * {@code $XDG_CONFIG_HOME/b12consult/} (else {@code <home>/.config/b12consult/}) on Linux and other Unix.
     */
    public static String defaultChoicePath(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || os.startsWith("darwin")) {
            String database = defaultDatabasePath(osName, env, userHome);
            return database.substring(0, database.length() - FILE_NAME.length()) + CHOICE_FILE_NAME;
        }
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        String base = xdg.startsWith("/") ? trimEnd(xdg, "/") : join("/", userHome, ".config");
        return join("/", base, "b12consult", CHOICE_FILE_NAME);
    }

    private static String join(String separator, String first, String... rest) {
        StringBuilder b = new StringBuilder(trimEnd(first, separator));
        for (String part : rest) {
            if (b.length() == 0 || !b.toString().endsWith(separator)) {
                b.append(separator);
            }
            b.append(part);
        }
        return b.toString();
    }

    private static String trimEnd(String s, String chars) {
        int end = s.length();
        while (end > 1 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
