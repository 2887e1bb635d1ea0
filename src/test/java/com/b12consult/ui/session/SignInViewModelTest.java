package com.b12consult.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInViewModelTest {
    private final SignInViewModel model = new SignInViewModel("mreyes");

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "A", "ABCDE", "A B", "A1", "J.S.", "AB-C", "12"})
    void initialsThatAreNotTwoToFourLettersAreRefusedAtTheFieldAndKept(String typed) {
        model.initialsProperty().set(typed);
        assertFalse(model.signIn());
        assertNull(model.signedInProperty().get());
        assertTrue(model.problemProperty().get().startsWith("Initials"), model.problemProperty().get());
        assertEquals(typed, model.initialsProperty().get(), "what was typed stays");
    }

    @Test
    void lettersOfAnyAlphabetAreInitialsAndComeBackUpperCaseWithTheComputerUser() {
        model.initialsProperty().set(" jms ");
        assertTrue(model.signIn());
        assertEquals(new Actor("mreyes", "JMS"), model.signedInProperty().get());

        SignInViewModel greek = new SignInViewModel("nurse");
        greek.initialsProperty().set("Δκ");
        assertTrue(greek.signIn());
        assertEquals("ΔΚ", greek.signedInProperty().get().initials());
    }

    @Test
    void typingAgainClearsTheProblem() {
        model.signIn();
        assertFalse(model.problemProperty().get().isEmpty());
        model.initialsProperty().set("A");
        assertEquals("", model.problemProperty().get());
    }
}
