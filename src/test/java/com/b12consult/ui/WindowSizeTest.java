package com.b12consult.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's size kept between starts, in a preferences node of the test's own that is removed after it. */
class WindowSizeTest {
    static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    Preferences node;
    WindowSize size;

    @BeforeEach
    void node() {
        node = Preferences.userRoot().node("com/b12consult/test-window-" + UUID.randomUUID());
        size = new WindowSize(node);
    }

    @AfterEach
    void remove() throws BackingStoreException {
        node.removeNode();
        node.flush();
    }

    @Test
    void theFirstStartOpensAtTheDefaultSize() {
        assertEquals(new WindowSize.Size(1280, 760, false), size.restore(FULL_HD));
    }

    @Test
    void theSizeKeptIsTheSizeTheNextStartOpensAt() {
        size.keep(new WindowSize.Size(1600, 900, false));
        assertEquals(new WindowSize.Size(1600, 900, false), new WindowSize(node).restore(FULL_HD));
    }

    @Test
    void aMaximisedWindowOpensMaximisedWithTheSizeItHadBefore() {
        size.keep(new WindowSize.Size(1400, 800, true));
        assertEquals(new WindowSize.Size(1400, 800, true), size.restore(FULL_HD));
        size.keep(new WindowSize.Size(1400, 800, false));
        assertEquals(false, size.restore(FULL_HD).maximized(), "un-maximised, it stays so");
    }

    @Test
    void aSizeKeptOnALargerScreenIsClampedToTheScreenItOpensOn() {
        size.keep(new WindowSize.Size(1900, 1030, false));
        assertEquals(new WindowSize.Size(1366, 728, false), size.restore(LAPTOP));
        assertEquals(new WindowSize.Size(1900, 1030, false), size.restore(FULL_HD), "the size kept is not lost");
    }

    @Test
    void aSizeBelowTheWindowsMinimumOrNonsenseOpensAtAUsableSize() {
        node.putDouble("width", 300);
        node.putDouble("height", -5);
        assertEquals(new WindowSize.Size(900, 760, false), size.restore(FULL_HD));
        node.put("width", "wide");
        assertEquals(1280, size.restore(FULL_HD).width(), "an unreadable value is the default");
        assertEquals(new WindowSize.Size(800, 500, false), size.restore(new Rectangle2D(0, 0, 800, 500)),
                "a screen smaller than the minimum gets the whole screen, no more");
    }
}
