package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals("/data/alice/b12consult/b12consult.db",
                DataLocation.defaultDatabasePath("Linux", Map.of("XDG_DATA_HOME", "/data/alice/"), "/home/alice"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals("/home/alice/.local/share/b12consult/b12consult.db",
                DataLocation.defaultDatabasePath("Linux", Map.of(), "/home/alice"));
        assertEquals("/home/alice/.local/share/b12consult/b12consult.db",
                DataLocation.defaultDatabasePath("Linux", Map.of("XDG_DATA_HOME", ""), "/home/alice"));
    }

    @Test
    void linuxIgnoresRelativeXdgDataHome() {
        assertEquals("/home/alice/.local/share/b12consult/b12consult.db",
                DataLocation.defaultDatabasePath("Linux", Map.of("XDG_DATA_HOME", "data"), "/home/alice"));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals("C:\\Users\\Alice\\AppData\\Roaming\\B12Consult\\b12consult.db",
                DataLocation.defaultDatabasePath("Windows 11",
                        Map.of("APPDATA", "C:\\Users\\Alice\\AppData\\Roaming\\"), "C:\\Users\\Alice"));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderHome() {
        assertEquals("C:\\Users\\Alice\\AppData\\Roaming\\B12Consult\\b12consult.db",
                DataLocation.defaultDatabasePath("Windows 10", Map.of(), "C:\\Users\\Alice"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals("/Users/alice/Library/Application Support/B12Consult/b12consult.db",
                DataLocation.defaultDatabasePath("Mac OS X", Map.of("XDG_DATA_HOME", "/elsewhere"), "/Users/alice"));
    }

    @Test
    void theChoiceOfStoreIsKeptWhereEachSystemKeepsSettings() {
        assertEquals("/home/alice/.config/b12consult/database.properties",
                DataLocation.defaultChoicePath("Linux", Map.of(), "/home/alice"));
        assertEquals("/cfg/b12consult/database.properties",
                DataLocation.defaultChoicePath("Linux", Map.of("XDG_CONFIG_HOME", "/cfg/"), "/home/alice"));
        assertEquals("/home/alice/.config/b12consult/database.properties",
                DataLocation.defaultChoicePath("Linux", Map.of("XDG_CONFIG_HOME", "cfg"), "/home/alice"));
        assertEquals("C:\\Users\\Alice\\AppData\\Roaming\\B12Consult\\database.properties",
                DataLocation.defaultChoicePath("Windows 11", Map.of(), "C:\\Users\\Alice"));
        assertEquals("/Users/alice/Library/Application Support/B12Consult/database.properties",
                DataLocation.defaultChoicePath("Mac OS X", Map.of(), "/Users/alice"));
    }
}
