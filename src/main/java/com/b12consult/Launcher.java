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
        int status = CommandLine.run(args, System.in, System.out, System.err, GuiStarter::start);
        if (status != CommandLine.START_GUI_DONE) {
            System.exit(status);
        }
    }
}
