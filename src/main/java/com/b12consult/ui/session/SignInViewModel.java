package com.b12consult.ui.session;

import com.b12consult.domain.Actor;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in at the start of a session: the computer already knows the operating-system user; the
 * initials say which clinician or nurse at that login is working, and go into every audit entry.
 */
public final class SignInViewModel {
    static final Pattern INITIALS = Pattern.compile("\\p{L}{2,4}");

    private final String osUser;
    private final StringProperty initials = new SimpleStringProperty(this, "initials", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Actor> signedIn = new ReadOnlyObjectWrapper<>(this, "signedIn");

    public SignInViewModel(String osUser) {
        this.osUser = Objects.requireNonNull(osUser, "osUser");
        initials.addListener((obs, was, now) -> problem.set(""));
    }

    /** Signs in with the initials typed; refused with the reason at the field, the text kept, when they are not 2-4 letters. */
    public boolean signIn() {
        String typed = initials.get() == null ? "" : initials.get().strip();
        if (typed.isEmpty()) {
            problem.set("Initials are required: 2 to 4 letters, for example AB.");
            return false;
        }
        if (!INITIALS.matcher(typed).matches()) {
            problem.set("Initials are 2 to 4 letters with no spaces, digits or dots, for example AB or JMS"
                    + " (\"" + typed + "\" is not).");
            return false;
        }
        signedIn.set(new Actor(osUser, typed.toUpperCase(Locale.ROOT)));
        return true;
    }

    public String osUser() {
        return osUser;
    }

    public StringProperty initialsProperty() {
        return initials;
    }

    /** Why the initials were refused; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Who signed in; null until then. */
    public ReadOnlyObjectProperty<Actor> signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }
}
