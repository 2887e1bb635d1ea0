package com.b12consult.testing;

import java.util.List;

/** Names that break careless code: quotes, SQL, emoji, right-to-left text, combining accents, great length. */
public final class HostileNames {
    public static final String QUOTES = "Siobhán O'Brien-\"Bree\" d`Arcy";
    public static final String SQL = "Robert'); DROP TABLE patients; --";
    public static final String SQL_BARE = "'; DROP TABLE patients; --";
    public static final String EMOJI = "Ana 😀 Lúcia 👩🏽‍⚕️";
    public static final String RIGHT_TO_LEFT = "דוד כהן ومحمد";
    /** e + combining acute, n + combining tilde: looks like "Renée Peña" but is decomposed. */
    public static final String COMBINING = "Rene\u0301e Pen\u0303a";
    public static final String LONG = "Long" + "abcdefghij ".repeat(499) + "end";

    public static final List<String> ALL = List.of(QUOTES, SQL, SQL_BARE, EMOJI, RIGHT_TO_LEFT, COMBINING, LONG);

    private HostileNames() {
    }
}
