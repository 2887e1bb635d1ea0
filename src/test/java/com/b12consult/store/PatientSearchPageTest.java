package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page of a search is the top of the whole search's list, in the same order by the same matching, with the
 * number of all the patients that match: read with a limit and a count, not by reading them all.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class PatientSearchPageTest {
    static final List<String> FIRST = List.of("Ann", "Anna", "Zoë", "Zoe", "Bob", "Åsa", "O'Brien", "50% Smith", "a_b");
    static final List<String> LAST = List.of("Jones", "Annerly", "Brown", "Müller", "Muller", "Ng");

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture store;
    PatientRepository patients;

    @BeforeEach
    void setUp() throws Exception {
        store = new StoreFixture(dir, kind);
        patients = new PatientRepository(store.database, store.auditLog);
        Random random = new Random(17);
        store.database.inOneTransaction(() -> {
            for (int n = 0; n < 45; n++) {
                // names repeat on purpose: the order among equal names is by id, on the page as in the list
                String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
                patients.create(Patient.unsaved(name, (n % 2 == 0 ? "P-" : "NHS-") + String.format("%04d", n * 7),
                        Optional.empty(), Sex.UNKNOWN, KnownAllergies.NOT_RECORDED), StoreFixture.NURSE);
            }
        });
    }

    @AfterEach
    void tearDown() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    @Test
    void aPageIsTheTopOfTheWholeSearchWithTheCountOfAllThatMatch() {
        int partial = 0;
        for (String text : List.of("", "  ", "ann", "ANN", "zoe", "muller", "p-00", "nhs", "0", "%", "_", "'",
                "o'brien", "nobody", " ng ")) {
            List<Patient> all = patients.search(text);
            for (int limit : List.of(1, 2, 5, 20, 45, 200)) {
                PatientPage page = patients.search(text, limit);
                String what = "\"" + text + "\", limit " + limit;
                assertEquals(all.subList(0, Math.min(limit, all.size())), page.patients(), what);
                assertEquals(all.size(), page.total(), what);
                assertEquals(all.size() > limit, page.isPartial(), what);
                partial += page.isPartial() ? 1 : 0;
            }
        }
        assertTrue(partial > 10, "many pages are smaller than their search: " + partial);
    }

    @Test
    void blankTextPagesThroughEveryoneByName() {
        PatientPage page = patients.search(null, 10);
        assertEquals(patients.listAll().subList(0, 10), page.patients());
        assertEquals(45, page.total());
        assertTrue(page.isPartial());
        PatientPage everyone = patients.search("", 45);
        assertEquals(45, everyone.patients().size());
        assertFalse(everyone.isPartial());
    }

    @Test
    void aPageOfNoPatientsIsRefusedNamingTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> patients.search("ann", 0));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }
}
