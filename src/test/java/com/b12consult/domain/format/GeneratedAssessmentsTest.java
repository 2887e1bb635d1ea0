package com.b12consult.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.b12consult.domain.Assessment;
import com.b12consult.testing.AssessmentGenerator;
import com.b12consult.testing.AssessmentGenerator.BrokenCase;
import com.b12consult.testing.AssessmentGenerator.Mutation;
import com.b12consult.testing.AssessmentGenerator.ValidCase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated files, valid and broken: the reader reads or refuses, and never fails in any other way. */
class GeneratedAssessmentsTest {
    private static final long SEED = 20_261_121L;
    private static final int FILES = 10_000;

    private final AssessmentReader reader = new AssessmentReader();
    private final AssessmentWriter writer = new AssessmentWriter();

    @Test
    void tenThousandFilesAreReadOrRefusedAndNothingElse() {
        AssessmentGenerator generator = new AssessmentGenerator(SEED);
        Map<Mutation, Integer> refusedBy = new EnumMap<>(Mutation.class);
        for (int i = 0; i < FILES; i++) {
            if (i % 2 == 0) {
                ValidCase valid = generator.validCase();
                Assessment read = readValid(valid.json());
                assertEquals(valid.expected(), read, valid.json());
                assertEquals(read, readValid(writer.toJson(read)), "write then read: " + valid.json());
            } else {
                BrokenCase broken = generator.brokenCase();
                List<ValidationProblem> problems = refused(broken);
                assertFalse(problems.isEmpty());
                refusedBy.merge(broken.mutation(), 1, Integer::sum);
            }
        }
        assertEquals(Mutation.values().length, refusedBy.size(), "every kind of breakage was tried: " + refusedBy);
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void eachBreakageIsRefusedAtTheFieldItBroke(Mutation mutation) {
        AssessmentGenerator generator = new AssessmentGenerator(SEED + mutation.ordinal());
        for (int i = 0; i < 200; i++) {
            BrokenCase broken = generator.brokenCase(mutation);
            List<ValidationProblem> problems = refused(broken);
            assertTrue(problems.stream().anyMatch(p -> p.pointer().equals(broken.pointer())),
                    () -> mutation + " should be reported at \"" + broken.pointer() + "\" in\n" + broken.json()
                            + "\nbut was:\n" + ReaderChecks.lines(problems));
        }
    }

    @Test
    void randomDamageToTheTextIsReadOrRefusedAndNothingElse() {
        AssessmentGenerator generator = new AssessmentGenerator(SEED + 1);
        Random random = new Random(SEED);
        String alphabet = "{}[]\":,.-+eE0123456789 \n\\tnulfasrx\u00e9\u0000";
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder(generator.valid());
            for (int edits = 1 + random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, c);
                    default -> text.setCharAt(at, c);
                }
            }
            try {
                reader.read(text.toString());
            } catch (InvalidAssessmentException e) {
                assertFalse(e.problems().isEmpty());
                refused++;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("reading threw " + e + " on\n" + text, e);
            }
        }
        assertTrue(refused > 1000, "most damage is caught: " + refused + " of 3000");
    }

    @Test
    void theSameSeedGivesTheSameFiles() {
        AssessmentGenerator a = new AssessmentGenerator(7);
        AssessmentGenerator b = new AssessmentGenerator(7);
        for (int i = 0; i < 50; i++) {
            assertEquals(a.valid(), b.valid());
            assertEquals(a.broken(), b.broken());
        }
    }

    @Test
    void generatedAssessmentsAreAlsoValidAsRecords() {
        AssessmentGenerator generator = new AssessmentGenerator(SEED);
        for (int i = 0; i < 500; i++) {
            Assessment a = generator.validAssessment();
            assertEquals(List.of(), new AssessmentValidator().problemsIn(a));
        }
    }

    private Assessment readValid(String json) {
        try {
            return reader.read(json);
        } catch (InvalidAssessmentException e) {
            return fail("a valid file was refused:\n" + e.getMessage() + "\n" + json);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("reading threw " + e + " on\n" + json, e);
        }
    }

    private List<ValidationProblem> refused(BrokenCase broken) {
        try {
            reader.read(broken.json());
        } catch (InvalidAssessmentException e) {
            return e.problems();
        } catch (RuntimeException | Error e) {
            throw new AssertionError("reading threw " + e + " on " + broken.mutation() + ":\n" + broken.json(), e);
        }
        return fail(broken.mutation() + " was read as valid:\n" + broken.json());
    }
}
