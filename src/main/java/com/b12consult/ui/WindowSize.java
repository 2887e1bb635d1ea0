package com.b12consult.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window's size and whether it was maximised, kept for the next start. Per user of the workstation, in
 * {@link Preferences}, not in the clinic's database: the database is shared by everyone who signs in and travels
 * with backups, while the size is one person's habit on one screen. A size saved on a larger screen is clamped to
 * the screen the window opens on.
 */
public final class WindowSize {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 760;
    /** Below this the screens stop fitting (the stage's own minimum). */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final String MAXIMIZED = "maximized";

    private final Preferences node;

    /** @param node where the size is kept, for the app {@code Preferences.userRoot().node("com/b12consult/window")} */
    public WindowSize(Preferences node) {
        this.node = node;
    }

    /** What to open with: the size last kept, clamped to {@code screen}, or the default when none was kept. */
    public Size restore(Rectangle2D screen) {
        double width = node.getDouble(WIDTH, DEFAULT_WIDTH);
        double height = node.getDouble(HEIGHT, DEFAULT_HEIGHT);
        return new Size(clamp(width, MIN_WIDTH, screen.getWidth(), DEFAULT_WIDTH),
                clamp(height, MIN_HEIGHT, screen.getHeight(), DEFAULT_HEIGHT), node.getBoolean(MAXIMIZED, false));
    }

    /** Keeps the size for the next start; a maximised window keeps the size it had before it was maximised. */
    public void keep(Size size) {
        if (size.width() > 0 && size.height() > 0) {
            node.putDouble(WIDTH, size.width());
            node.putDouble(HEIGHT, size.height());
        }
        node.putBoolean(MAXIMIZED, size.maximized());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The size is a convenience: the window opens at the default next time.
        }
    }

    /**
     * Sizes {@code stage}, before it is shown, as {@link #restore} says for the primary screen, and keeps its size
     * when it closes.
     */
    public void follow(Stage stage) {
        Size start = restore(javafx.stage.Screen.getPrimary().getVisualBounds());
        stage.setWidth(start.width());
        stage.setHeight(start.height());
        stage.setMaximized(start.maximized());
        double[] normal = {start.width(), start.height()};
        stage.widthProperty().addListener((obs, was, now) -> {
            if (!stage.isMaximized()) {
                normal[0] = now.doubleValue();
            }
        });
        stage.heightProperty().addListener((obs, was, now) -> {
            if (!stage.isMaximized()) {
                normal[1] = now.doubleValue();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> keep(new Size(normal[0], normal[1], stage.isMaximized())));
    }

    private static double clamp(double value, double min, double screen, double fallback) {
        if (Double.isNaN(value) || value <= 0) {
            value = fallback;
        }
        return Math.max(Math.min(min, screen), Math.min(value, screen));
    }

    /** A window's size, not maximised, and whether it is maximised. */
    public record Size(double width, double height, boolean maximized) {
    }
}
