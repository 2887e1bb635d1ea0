package com.b12consult.store;

import com.b12consult.domain.Coded;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How domain values are written in columns and read back: fixed-width times, codes, code lists, search keys. */
final class StoredValues {
    private static final DateTimeFormatter LOCAL_MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredValues() {
    }

    /** Clinical times are kept to the second; a fixed width keeps text order equal to time order. */
    static String localMoment(LocalDateTime t) {
        return LOCAL_MOMENT.format(toSecond(t));
    }

    /** A clinical time as it reads back from the database. */
    static LocalDateTime toSecond(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS);
    }

    static LocalDateTime localMoment(String s) {
        return LocalDateTime.parse(s, LOCAL_MOMENT);
    }

    static String instant(Instant t) {
        return INSTANT.format(t);
    }

    static Instant instant(String s) {
        return Instant.from(INSTANT.parse(s));
    }

    /** Instants the app stamps keep milliseconds, the precision of their stored form. */
    static Instant stamp(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    static String date(LocalDate d) {
        return d.toString();
    }

    static LocalDate date(String s) {
        return LocalDate.parse(s);
    }

    static Optional<LocalDate> optionalDate(String s) {
        return s == null ? Optional.empty() : Optional.of(LocalDate.parse(s));
    }

    static <E extends Enum<E> & Coded> E decode(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElseThrow(() -> new StoreException(
                "The database holds an unknown " + type.getSimpleName() + " code \"" + code
                        + "\"; it may have been written by a newer version of B12 Consult"));
    }

    static String codeList(List<? extends Coded> values) {
        try {
            return JSON.writeValueAsString(values.stream().map(Coded::code).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of codes always serialises", e);
        }
    }

    static <E extends Enum<E> & Coded> List<E> codeList(Class<E> type, String json) {
        List<String> codes;
        try {
            codes = JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("The database holds a damaged list of " + type.getSimpleName() + " codes: " + json, e);
        }
        List<E> values = new ArrayList<>(codes.size());
        for (String code : codes) {
            values.add(decode(type, code));
        }
        return values;
    }

    /** For search and ordering: lower case, accents removed, so "muller" finds "Müller". */
    static String searchKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** For identifier uniqueness and look-up: case does not matter, accents do. */
    static String identifierKey(String identifier) {
        return Normalizer.normalize(identifier.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The store keeps JSON it does not interpret; it only makes sure it is one well-formed JSON object. */
    static void requireJsonObject(String what, String json) {
        JsonNode node;
        try {
            node = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
    }
}
