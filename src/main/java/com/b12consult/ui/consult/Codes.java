package com.b12consult.ui.consult;

import com.b12consult.domain.Coded;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;

/** How the steps write codes into a draft and read them back: a code, or several separated by commas. */
final class Codes {
    private Codes() {
    }

    /** The constant for a code; null for an empty or unknown code, so a draft from an older app never fails. */
    static <E extends Enum<E> & Coded> E decode(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElse(null);
    }

    static <E extends Enum<E> & Coded> List<E> decodeAll(Class<E> type, String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(c -> decode(type, c.strip())).filter(Objects::nonNull).toList();
    }

    static String encodeAll(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).collect(Collectors.joining(","));
    }

    static String code(Coded value) {
        return value == null ? "" : value.code();
    }

    static void restore(Map<String, String> draft, String key, StringProperty into) {
        String v = draft.get(key);
        if (v != null) {
            into.set(v);
        }
    }
}
