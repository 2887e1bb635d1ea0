package com.b12consult.rules;

import com.b12consult.domain.Coded;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * A named fact the rulebook may read. Each kind knows how to read its value from an evaluation context
 * and how to say it in words for a finding's "because".
 */
public sealed interface Fact {
    String name();

    /** What the fact is, in words, for the rulebook screen ("latest platelet count"). */
    String label();

    FactType type();

    record Flag(String name, String label, Function<EvaluationContext, Optional<Boolean>> read,
                Function<EvaluationContext, String> describe) implements Fact {
        @Override
        public FactType type() {
            return FactType.FLAG;
        }
    }

    /**
     * @param unit       the canonical unit, for words
     * @param comparable false where values in different units cannot be compared (reticulocytes)
     */
    record Number(String name, String label, String unit, boolean comparable,
                  Function<EvaluationContext, OptionalDouble> read,
                  Function<EvaluationContext, String> describe) implements Fact {
        @Override
        public FactType type() {
            return FactType.NUMBER;
        }
    }

    record Text(String name, String label, Class<? extends Coded> codeType,
                Function<EvaluationContext, Optional<? extends Coded>> read) implements Fact {
        @Override
        public FactType type() {
            return FactType.TEXT;
        }

        public List<String> allowed() {
            return java.util.Arrays.stream(codeType.getEnumConstants()).map(Coded::code).toList();
        }

        public String describe(Coded value) {
            return label + ": " + com.b12consult.domain.CodeLabels.of(value);
        }
    }

    /**
     * @param codeType the enum the codes come from, so the rulebook's codes are checked when it loads
     */
    record Codes(String name, String label, Class<? extends Coded> codeType,
                 Function<EvaluationContext, List<Mention>> read) implements Fact {
        @Override
        public FactType type() {
            return FactType.CODES;
        }

        public Set<String> allowedCodes() {
            return java.util.Arrays.stream(codeType.getEnumConstants()).map(Coded::code)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }
}
