package com.b12consult.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Words for codes, from {@code code-labels.properties}; the single place screens and findings take them from. */
public final class CodeLabels {
    private static final Properties LABELS = load();

    private CodeLabels() {
    }

    /** The label of a code; falls back to the code itself so a missing label never hides a value. */
    public static String of(Coded value) {
        String key = ((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.code();
        return LABELS.getProperty(key, value.code());
    }

    /** True when a label is written down for the code (a test checks that all are). */
    public static boolean has(Coded value) {
        return LABELS.containsKey(((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.code());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = CodeLabels.class.getResourceAsStream("code-labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("code-labels.properties is missing from the application");
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
