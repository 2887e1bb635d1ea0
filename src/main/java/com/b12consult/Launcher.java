package com.b12consult;

import com.b12consult.cli.CommandLine;

/**
 * The process entry point. It does not extend {@code Application}, so headless commands
 * ({@code evaluate}, {@code handout}, {@code --version}) run without starting the JavaFX toolkit
 * and the app can live on the class path rather than the module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        quietLoggingNotice();
        int status = CommandLine.run(args, System.in, System.out, System.err, GuiStarter::start);
        if (status != CommandLine.START_GUI_DONE) {
            System.exit(status);
        }
    }

    /**
     * PDFBox logs through commons-logging, which finds slf4j-api (brought by a dependency) with no logger
     * behind it, and SLF4J then prints a three-line notice on standard error in the middle of a command's
     * output. The app logs nothing, so name SLF4J's own no-op provider; a user's -D settings still win.
     */
    private static void quietLoggingNotice() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }
}
