package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.store.StoreLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuiOptionsTest {
    @Test
    void withoutOptionsTheDefaultDatabaseIsUsed() {
        assertEquals(Optional.empty(), GuiOptions.parse(List.of()).database());
    }

    @Test
    void dbTakesThePathAsTheNextArgumentOrAfterAnEqualsSign() {
        assertEquals(Optional.of(Path.of("/tmp/clinic.db")), GuiOptions.parse(List.of("--db", "/tmp/clinic.db")).database());
        assertEquals(Optional.of(Path.of("my clinic.db")), GuiOptions.parse(List.of("--db=my clinic.db")).database());
    }

    @Test
    void startupProbeIsAFlagBesideTheDatabase() {
        assertFalse(GuiOptions.parse(List.of("--db", "a.db")).startupProbe());
        GuiOptions probe = GuiOptions.parse(List.of("--startup-probe", "--db", "a.db"));
        assertTrue(probe.startupProbe());
        assertEquals(Optional.of(Path.of("a.db")), probe.database());
        assertFalse(new GuiOptions(Optional.empty()).startupProbe(), "the window of tests and embedders measures nothing");
    }

    @Test
    void theProbeSignsInOnlyWhenToldWithWhichInitials() {
        assertEquals(Optional.empty(), GuiOptions.parse(List.of("--startup-probe")).probeInitials(),
                "the plain probe measures the first frame only, and signs nobody in");
        assertEquals(Optional.of("PR"), GuiOptions.parse(List.of("--startup-probe", "--probe-sign-in", "PR", "--db",
                "a.db")).probeInitials());
        assertEquals(Optional.empty(), GuiOptions.parse(List.of("--db", "a.db")).probeInitials(),
                "the window's own sign-in is the person's");
    }

    @Test
    void theProbesSignInIsRefusedWithoutTheProbeOrWithoutInitials() {
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> GuiOptions.parse(List.of("--probe-sign-in", "PR")));
        assertTrue(alone.getMessage().startsWith("--probe-sign-in is for --startup-probe only"), alone.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> GuiOptions.parse(List.of("--startup-probe", "--probe-sign-in")));
        assertTrue(missing.getMessage().startsWith("--probe-sign-in needs the initials"), missing.getMessage());
        IllegalArgumentException notInitials = assertThrows(IllegalArgumentException.class,
                () -> GuiOptions.parse(List.of("--startup-probe", "--probe-sign-in", "--db", "a.db")));
        assertTrue(notInitials.getMessage().contains("(not \"--db\")"), notInitials.getMessage());
    }

    @Test
    void dbTakesAClinicServersAddressToo() {
        GuiOptions options = GuiOptions.parse(List.of("--db", "postgresql://reception@db.clinic.lan:6543/b12"
                + "?sslmode=verify-full"), note -> { });
        var server = (StoreLocation.ClinicServer) options.store().orElseThrow();
        assertEquals("postgresql://db.clinic.lan:6543/b12", server.url());
        assertEquals("reception", server.user());
        assertEquals("verify-full", server.sslMode());
        assertEquals(Optional.empty(), options.database(), "no file");
        assertEquals(Optional.of(new StoreLocation.SqliteFile(Path.of("a.db"))),
                GuiOptions.parse(List.of("--db=a.db")).store());
    }

    @Test
    void theCommandLineRefusesAPasswordInTheServersAddressWithoutRepeatingIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String[]> started = new ArrayList<>();
        int status = CommandLine.run(new String[] {"--db", "postgresql://reception:hunter2@db/b12"},
                new ByteArrayInputStream(new byte[0]), System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                started::add);
        assertEquals(CommandLine.USAGE, status);
        assertEquals(List.of(), started);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("B12_DB_PASSWORD") && said.contains("~/.pgpass"), said);
        assertFalse(said.contains("hunter2"), said);
    }

    @Test
    void dbWithoutAPathSaysWhatIsMissing() {
        var e = assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--db")));
        assertTrue(e.getMessage().startsWith("--db needs the path of the database file"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--db=")));
    }

    @Test
    void anUnknownOptionIsNamedWithTheUsage() {
        var e = assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--dbb", "x")));
        assertTrue(e.getMessage().startsWith("Unknown option \"--dbb\""), e.getMessage());
        assertTrue(e.getMessage().contains("Usage:"));
    }

    @Test
    void twoDatabasesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--db", "a.db", "--db=b.db")));
    }

    @Test
    void theCommandLineReportsABadOptionWithoutStartingTheWindow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String[]> started = new ArrayList<>();
        int status = CommandLine.run(new String[] {"--db"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                started::add);
        assertEquals(CommandLine.USAGE, status, "a wrong option is a usage error, like evaluate's");
        assertEquals(List.of(), started);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--db needs the path"));
    }

    @Test
    void theCommandLineStartsTheWindowWithAGoodOption() {
        List<String[]> started = new ArrayList<>();
        int status = CommandLine.run(new String[] {"--db", "x.db"}, new ByteArrayInputStream(new byte[0]),
                System.out, System.err, started::add);
        assertEquals(CommandLine.START_GUI_DONE, status);
        assertEquals(1, started.size());
    }
}
