package com.b12consult.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum whose constants are written in files and reports by a fixed code (the spec's spelling). */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
