package com.b12consult.domain;

import java.util.Optional;

/**
 * What the clinic's name and phone may be, since both are printed on every handout as whom to call.
 * Each check gives the message to show at the field, naming the field and what it accepts.
 */
public final class ClinicContact {
    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 30;
    /** The numbers kept whole (no-break spaces), so a wrapped message does not split one across lines. */
    private static final String PHONE_EXAMPLE = "for example 01632\u00a0960\u00a0123 or +44\u00a01632\u00a0960\u00a0123";
    private static final String PHONE_TAKES = "Phone takes only digits, spaces and the signs + ( ) - . /, ";

    private ClinicContact() {
    }

    /** Why the typed clinic name cannot be stored; empty when it can. */
    public static Optional<String> nameProblem(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of("Clinic name is required: the name patients know you by, for example Riverside"
                    + " Health Centre.");
        }
        if (name.codePointCount(0, name.length()) > NAME_MAX) {
            return Optional.of("Clinic name is at most " + NAME_MAX + " characters; this one has "
                    + name.codePointCount(0, name.length()) + ".");
        }
        return Optional.empty();
    }

    /**
     * Why the typed phone cannot be stored; empty when it can. A phone is what a patient dials: digits,
     * with spaces, + ( ) - . / between them. Letters are refused, so a word typed in the wrong field or a
     * number spelt as letters does not reach a patient as the number to call.
     */
    public static Optional<String> phoneProblem(String typed) {
        String phone = typed == null ? "" : typed.strip();
        if (phone.isEmpty()) {
            return Optional.of("Phone is required: the number patients call, " + PHONE_EXAMPLE + ".");
        }
        if (phone.codePoints().anyMatch(Character::isLetter)) {
            return Optional.of(PHONE_TAKES + PHONE_EXAMPLE + "; \"" + phone
                    + "\" has letters.");
        }
        StringBuilder wrong = new StringBuilder();
        phone.codePoints().filter(c -> !isPhoneCharacter(c)).distinct().limit(5)
                .forEach(c -> wrong.append(wrong.isEmpty() ? "" : " ").appendCodePoint(c));
        if (!wrong.isEmpty()) {
            return Optional.of(PHONE_TAKES + PHONE_EXAMPLE + "; \"" + phone
                    + "\" has other characters (" + wrong + ").");
        }
        long digits = phone.chars().filter(c -> c >= '0' && c <= '9').count();
        if (digits < 3) {
            return Optional.of("Phone needs at least 3 digits, " + PHONE_EXAMPLE + ".");
        }
        if (phone.length() > PHONE_MAX) {
            return Optional.of("Phone is at most " + PHONE_MAX + " characters, " + PHONE_EXAMPLE + ".");
        }
        return Optional.empty();
    }

    private static boolean isPhoneCharacter(int c) {
        return (c >= '0' && c <= '9') || c == ' ' || "+()-./".indexOf(c) >= 0;
    }
}
