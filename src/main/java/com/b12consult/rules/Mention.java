package com.b12consult.rules;

import com.b12consult.domain.Coded;
import java.util.function.Supplier;

/**
 * A code present in the assessment, and where it was reported. The words are only put together when a
 * rule fires on the code, so evaluating many rules over the same codes stays cheap.
 */
public final class Mention {
    private final Coded code;
    private final Supplier<String> words;

    public Mention(Coded code, Supplier<String> words) {
        this.code = code;
        this.words = words;
    }

    public Coded code() {
        return code;
    }

    /** For a finding's "because", e.g. "swelling of one leg since 19 Nov 2026 08:00". */
    public String words() {
        return words.get();
    }
}
