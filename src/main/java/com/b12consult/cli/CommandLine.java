package com.b12consult.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/** Dispatches the command line: headless commands run here; anything else starts the window. */
public final class CommandLine {
    /** Returned when the window was started and has closed; the launcher then lets the JVM end normally. */
    public static final int START_GUI_DONE = -1;

    private CommandLine() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Consumer<String[]> gui) {
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("version"))) {
            out.println("B12 Consult " + version());
            return 0;
        }
        try {
            GuiOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        gui.accept(args);
        return START_GUI_DONE;
    }

    public static String version() {
        String v = CommandLine.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }
}
