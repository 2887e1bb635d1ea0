package com.b12consult.ui.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.store.StoreChoice;
import com.b12consult.store.StoreException;
import com.b12consult.store.StoreLocation;
import com.b12consult.ui.ManualTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first start's question and Settings → Database, with the app's switch recorded. */
class StoreChoiceViewModelsTest {
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final List<String> switched = new ArrayList<>();
    private RuntimeException keepFails;
    private final StoreSwitch stores = new StoreSwitch() {
        @Override
        public void useThisComputer(StoreChoice kept) {
            switched.add("this computer, keeping " + kept.host());
        }

        @Override
        public void useServer(StoreChoice choice, StoreLocation.ClinicServer location) {
            if (keepFails != null) {
                throw keepFails;
            }
            switched.add("server " + location.url() + " remembered=" + choice.password().isPresent());
        }
    };

    private ServerFormViewModel form() {
        return new ServerFormViewModel(tasks, server -> { }, (choice, typed) -> (StoreLocation.ClinicServer)
                choice.location(Path.of("x.db"), typed, Map.of(), Path.of("no-home"), n -> { }));
    }

    private static final StoreChoice KEPT = new StoreChoice(StoreChoice.Kind.CLINIC_SERVER, "clinic-server", 5432,
            "b12consult", "reception", "prefer", Optional.empty(), Optional.empty());

    @Test
    void theFirstStartsDefaultIsOneClickOnThisComputer() {
        StoreQuestionViewModel question = new StoreQuestionViewModel(form(), stores, Optional.empty(), "");
        assertFalse(question.showingServerProperty().get());
        question.thisComputer();
        assertEquals(List.of("this computer, keeping "), switched);
        assertEquals(StoreQuestionViewModel.Answer.THIS_COMPUTER, question.answerProperty().get());
        question.thisComputer();
        assertEquals(1, switched.size(), "answered once");
    }

    @Test
    void theClinicServerIsUsedOnlyOnceItAnswers() {
        StoreQuestionViewModel question = new StoreQuestionViewModel(form(), stores, Optional.empty(), "");
        question.clinicServer();
        assertTrue(question.showingServerProperty().get());
        question.useServer();
        assertTrue(switched.isEmpty(), "an empty form is not used");
        question.server().hostProperty().set("clinic-server");
        question.server().databaseProperty().set("b12consult");
        question.server().userProperty().set("reception");
        question.useServer();
        assertTrue(switched.isEmpty(), "not before the server answered");
        assertNull(question.answerProperty().get());
        tasks.runAll();
        assertEquals(List.of("server postgresql://clinic-server:5432/b12consult remembered=false"), switched);
        assertEquals(StoreQuestionViewModel.Answer.CLINIC_SERVER, question.answerProperty().get());
    }

    @Test
    void backKeepsWhatWasTypedAndAChoiceThatCannotBeKeptIsSaidAtTheForm() {
        StoreQuestionViewModel question = new StoreQuestionViewModel(form(), stores, Optional.of(KEPT),
                "The password is not remembered");
        assertTrue(question.showingServerProperty().get(), "a kept server opens on its form");
        assertEquals("clinic-server", question.server().hostProperty().get());
        question.back();
        assertEquals("clinic-server", question.server().hostProperty().get());
        keepFails = new StoreException("The choice of database could not be saved in /cfg/database.properties");
        question.useServer();
        tasks.runAll();
        assertTrue(question.server().failureProperty().get().contains("could not be saved"));
        assertNull(question.answerProperty().get(), "the question stays");
        assertEquals("The password is not remembered", question.note());
    }

    @Test
    void settingsShowTheStoreInUseAndSwitch() {
        StoreLocation file = new StoreLocation.SqliteFile(Path.of("/data/b12consult.db"));
        DatabaseSettingsViewModel settings = new DatabaseSettingsViewModel(file, Optional.of(
                StoreChoice.thisComputer(Optional.of(KEPT))), List.of(), form(), stores);
        assertEquals("This computer only: /data/b12consult.db", settings.inUse());
        assertEquals(StoreChoice.Kind.THIS_COMPUTER, settings.kindProperty().get());
        assertEquals("clinic-server", settings.server().hostProperty().get(), "the kept server fills the form");
        settings.use();
        assertEquals("This computer's file is in use already.", settings.outcomeProperty().get());
        assertTrue(switched.isEmpty());

        settings.kindProperty().set(StoreChoice.Kind.CLINIC_SERVER);
        settings.server().portProperty().set("70000");
        settings.use();
        tasks.runAll();
        assertTrue(switched.isEmpty());
        assertTrue(settings.server().portProblem().get().startsWith("Port:"));
        settings.server().portProperty().set("5432");
        settings.use();
        tasks.runAll();
        assertEquals(List.of("server postgresql://clinic-server:5432/b12consult remembered=false"), switched);
    }

    @Test
    void settingsOnAServerNameItAndSwitchBackKeepingItsDetails() {
        StoreLocation server = new StoreLocation.ClinicServer("postgresql://db.lan:6000/clinic", "nurse", "x",
                "verify-full");
        DatabaseSettingsViewModel settings = new DatabaseSettingsViewModel(server, Optional.empty(), List.of(),
                form(), stores);
        assertEquals("Clinic server: db.lan:6000/clinic as nurse, always encrypted, the server's certificate checked"
                + " (TLS verify-full)", settings.inUse());
        assertEquals("db.lan", settings.server().hostProperty().get(), "a server given with --db fills the form");
        assertEquals("6000", settings.server().portProperty().get());
        settings.kindProperty().set(StoreChoice.Kind.THIS_COMPUTER);
        settings.use();
        assertEquals(List.of("this computer, keeping db.lan"), switched);
    }
}
