package com.b12consult.ui;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/** The app's style sheets, variables first, so a scene built for a test looks like the real window. */
public final class Stylesheets {
    private static final List<String> SHEETS = List.of(
            "variables.css", "shell/shell.css", "forms.css", "patients/patients.css", "settings/settings.css",
            "rulebook/rulebook.css", "handout/handout.css", "findings.css", "check/check.css", "session/session.css",
            "audit/audit.css", "consult/consult.css", "database/database.css");

    private Stylesheets() {
    }

    public static List<String> all() {
        return SHEETS.stream().map(Stylesheets::url).toList();
    }

    private static String url(String name) {
        URL url = Objects.requireNonNull(Stylesheets.class.getResource(name), () -> "missing style sheet " + name);
        return url.toExternalForm();
    }
}
