package com.b12consult.domain.format;

import com.b12consult.domain.Coded;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads typed fields out of the JSON tree and writes down every problem instead of stopping at the first.
 * Each method returns the value, or empty when the field is absent or wrong (the problem is then already logged),
 * so a section reader can carry on and the caller builds the assessment only when no problem was found.
 * A JSON {@code null} counts as absent: other tools write optional fields that way.
 */
final class FieldReader {
    private final List<ValidationProblem> problems = new ArrayList<>();

    List<ValidationProblem> problems() {
        return List.copyOf(problems);
    }

    void problem(String pointer, String message) {
        problems.add(new ValidationProblem(pointer, message));
    }

    static String at(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String at(String parent, int index) {
        return parent + "/" + index;
    }

    /**
     * Checks that {@code node} is an object and that it has only {@code acceptedKeys}. Returns it, or empty when
     * it is not an object. Unknown keys are refused because a misspelt field would otherwise vanish silently.
     */
    Optional<ObjectNode> object(JsonNode node, String pointer, String what, List<String> acceptedKeys) {
        if (!node.isObject()) {
            problem(pointer, what + " must be an object {...}; found " + describe(node));
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (!acceptedKeys.contains(key)) {
                List<String> near = CodeSuggestions.closest(key, acceptedKeys);
                problem(at(pointer, key), "unknown field \"" + key + "\""
                        + (near.isEmpty() ? "." : "; did you mean " + quoted(near) + "?")
                        + " Accepted fields here: " + String.join(", ", acceptedKeys));
            }
        }
        return Optional.of((ObjectNode) node);
    }

    /** The field's node, or empty when absent or null; a missing required field is logged with {@code hint}. */
    Optional<JsonNode> field(ObjectNode parent, String pointer, String key, String requiredHint) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (requiredHint != null) {
                problem(at(pointer, key), "missing; " + requiredHint);
            }
            return Optional.empty();
        }
        return Optional.of(node);
    }

    Optional<String> text(JsonNode node, String pointer, String example) {
        if (!node.isTextual()) {
            problem(pointer, "must be text in quotes, e.g. \"" + example + "\"; found " + describe(node));
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    Optional<Double> number(JsonNode node, String pointer, String example) {
        if (node.isTextual()) {
            String text = node.textValue().trim();
            String hint = looksNumeric(text) ? "write it without quotes: " + text : "e.g. " + example;
            problem(pointer, "\"" + node.textValue() + "\" is text; this must be a number, " + hint);
            return Optional.empty();
        }
        if (!node.isNumber()) {
            problem(pointer, "must be a number, e.g. " + example + "; found " + describe(node));
            return Optional.empty();
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            problem(pointer, node.asText() + " is too large to be a measurement");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * A whole number; {@code 4.0} counts as 4, {@code 4.5} does not. Exact, so no huge number wraps into range;
     * range messages are the caller's. {@code rule} says what is accepted, e.g. "severity is a whole number ...".
     */
    Optional<BigDecimal> wholeNumber(JsonNode node, String pointer, String example, String rule) {
        Optional<Double> number = number(node, pointer, example);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal exact = node.decimalValue();
        if (exact.stripTrailingZeros().scale() > 0) {
            problem(pointer, node.asText() + " is not a whole number; " + rule);
            return Optional.empty();
        }
        return Optional.of(exact);
    }

    Optional<Boolean> bool(JsonNode node, String pointer) {
        if (!node.isBoolean()) {
            String hint = node.isTextual() && List.of("true", "false").contains(node.textValue().trim().toLowerCase())
                    ? "; write it without quotes: " + node.textValue().trim().toLowerCase()
                    : "";
            problem(pointer, "must be true or false; found " + describe(node) + hint);
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /** A day, {@code YYYY-MM-DD}. */
    Optional<LocalDate> day(JsonNode node, String pointer) {
        return text(node, pointer, "2026-11-01").flatMap(text -> parsed(IsoDates.day(text), pointer));
    }

    /** A moment, {@code YYYY-MM-DDTHH:MM}, local time. */
    Optional<LocalDateTime> moment(JsonNode node, String pointer) {
        return text(node, pointer, "2026-11-21T10:30").flatMap(text -> parsed(IsoDates.moment(text), pointer));
    }

    private <T> Optional<T> parsed(IsoDates.Parsed<T> parsed, String pointer) {
        if (!parsed.ok()) {
            problem(pointer, parsed.problem());
        }
        return Optional.ofNullable(parsed.value());
    }

    /** A code of {@code type}, refused with the closest codes and the full list when unknown. */
    <E extends Enum<E> & Coded> Optional<E> code(JsonNode node, String pointer, Class<E> type, String noun) {
        return code(node, pointer, type, noun, Coded.codes(type));
    }

    /** As {@link #code(JsonNode, String, Class, String)} but only {@code accepted} (a subset of the codes) will do. */
    <E extends Enum<E> & Coded> Optional<E> code(JsonNode node, String pointer, Class<E> type, String noun,
                                                 List<String> accepted) {
        Optional<String> text = text(node, pointer, accepted.get(0));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String given = text.get();
        if (accepted.contains(given)) {
            return Coded.fromCode(type, given);
        }
        problem(pointer, unknownCode(given, noun, accepted));
        return Optional.empty();
    }

    static String unknownCode(String given, String noun, List<String> accepted) {
        List<String> near = CodeSuggestions.closest(given, accepted);
        return "\"" + given + "\" is not a known " + noun
                + (near.isEmpty() ? "." : "; did you mean " + CodeSuggestions.orList(near) + "?")
                + " Accepted: " + String.join(", ", accepted);
    }

    /**
     * A list whose items are read by {@code item}; absent means empty. Items that fail are left out, which is
     * harmless because a file with any problem is refused as a whole.
     */
    <T> List<T> list(ObjectNode parent, String pointer, String key, String example,
                     BiFunction<JsonNode, String, Optional<T>> item) {
        Optional<JsonNode> node = field(parent, pointer, key, null);
        return node.isPresent() ? list(node.get(), at(pointer, key), example, item) : List.of();
    }

    <T> List<T> list(JsonNode node, String pointer, String example, BiFunction<JsonNode, String, Optional<T>> item) {
        if (!node.isArray()) {
            problem(pointer, "must be a list in square brackets, e.g. " + example + "; found " + describe(node));
            return List.of();
        }
        List<T> values = new ArrayList<>();
        ArrayNode array = (ArrayNode) node;
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPointer = at(pointer, i);
            if (element.isNull()) {
                problem(elementPointer, "an empty entry (null) in the list; remove it");
                continue;
            }
            item.apply(element, elementPointer).ifPresent(values::add);
        }
        return values;
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the text \"" + node.textValue() + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object {...}";
        }
        return "null";
    }

    static String quoted(List<String> keys) {
        return CodeSuggestions.orList(keys.stream().map(k -> "\"" + k + "\"").toList());
    }

    private static boolean looksNumeric(String text) {
        return text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    }
}
