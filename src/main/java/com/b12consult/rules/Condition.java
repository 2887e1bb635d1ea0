package com.b12consult.rules;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Coded;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.SymptomGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule's condition: a small declarative tree over named facts (no scripting). Evaluating one says
 * whether it holds and, when it does, the facts that made it hold, in words.
 */
public sealed interface Condition {

    Outcome evaluate(EvaluationContext c);

    /** The condition in words, for clinical review of the rulebook. */
    String describe();

    /** Whether a condition held, and the facts from the assessment that made it hold. */
    record Outcome(boolean holds, List<String> because) {
        static final Outcome NO = new Outcome(false, List.of());

        static Outcome yes(List<String> because) {
            return new Outcome(true, because);
        }
    }

    record All(List<Condition> parts) implements Condition {
        @Override
        public Outcome evaluate(EvaluationContext c) {
            Set<String> because = new LinkedHashSet<>();
            for (Condition p : parts) {
                Outcome o = p.evaluate(c);
                if (!o.holds()) {
                    return Outcome.NO;
                }
                because.addAll(o.because());
            }
            return Outcome.yes(List.copyOf(because));
        }

        @Override
        public String describe() {
            return "all of (" + parts.stream().map(Condition::describe).collect(Collectors.joining("; ")) + ")";
        }
    }

    /** Holds when any part holds; every part that holds gives its reasons, so none is hidden. */
    record Any(List<Condition> parts) implements Condition {
        @Override
        public Outcome evaluate(EvaluationContext c) {
            Set<String> because = new LinkedHashSet<>();
            boolean holds = false;
            for (Condition p : parts) {
                Outcome o = p.evaluate(c);
                if (o.holds()) {
                    holds = true;
                    because.addAll(o.because());
                }
            }
            return holds ? Outcome.yes(List.copyOf(because)) : Outcome.NO;
        }

        @Override
        public String describe() {
            return "any of (" + parts.stream().map(Condition::describe).collect(Collectors.joining("; ")) + ")";
        }
    }

    /** An absence gives no reasons of its own: a finding says what is there, not what is not. */
    record Not(Condition part) implements Condition {
        @Override
        public Outcome evaluate(EvaluationContext c) {
            return part.evaluate(c).holds() ? Outcome.NO : Outcome.yes(List.of());
        }

        @Override
        public String describe() {
            return "not (" + part.describe() + ")";
        }
    }

    /** A flag that is known and true; unknown (no lab) does not hold. */
    record Is(Fact.Flag fact) implements Condition {
        @Override
        public Outcome evaluate(EvaluationContext c) {
            return fact.read().apply(c).orElse(false) ? Outcome.yes(List.of(fact.describe().apply(c))) : Outcome.NO;
        }

        @Override
        public String describe() {
            return fact.label();
        }
    }

    enum Op {
        LT("<", "below"), LE("<=", "at or below"), GT(">", "above"), GE(">=", "at or above"), EQ("==", "equal to"), NE("!=", "not equal to");

        final String symbol;
        final String words;

        Op(String symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }

        static Optional<Op> of(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return Optional.of(op);
                }
            }
            return Optional.empty();
        }

        boolean test(double a, double b) {
            return switch (this) {
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
                case EQ -> a == b;
                case NE -> a != b;
            };
        }
    }

    /** A number against a constant or a configured lab limit; an unknown number does not hold. */
    record Compare(Fact.Number fact, Op op, OptionalDouble value, Optional<LabLimitKey> limit) implements Condition {
        @Override
        public Outcome evaluate(EvaluationContext c) {
            OptionalDouble actual = fact.read().apply(c);
            if (actual.isEmpty()) {
                return Outcome.NO;
            }
            double threshold = limit.map(k -> c.limits().value(k)).orElseGet(() -> value.getAsDouble());
            if (!op.test(actual.getAsDouble(), threshold)) {
                return Outcome.NO;
            }
            String against = limit.map(k -> "limit " + Words.number(threshold))
                    .orElse(Words.number(threshold));
            return Outcome.yes(List.of(fact.describe().apply(c) + " (" + op.words + " " + against + ")"));
        }

        @Override
        public String describe() {
            return fact.label() + " " + op.words + " "
                    + limit.map(k -> "the limit \u201c" + k.label() + "\u201d in Settings (default "
                    + Words.number(k.defaultValue()) + ")").orElseGet(() -> Words.number(value.getAsDouble()) + " " + fact.unit()).trim();
        }
    }

    /** A coded fact equal to one of the given codes; unknown does not hold. */
    record TextIn(Fact.Text fact, Set<String> codes) implements Condition {
        @Override
        public Outcome evaluate(EvaluationContext c) {
            Optional<? extends Coded> v = fact.read().apply(c);
            return v.isPresent() && codes.contains(v.get().code()) ? Outcome.yes(List.of(fact.describe(v.get()))) : Outcome.NO;
        }

        @Override
        public String describe() {
            return fact.label() + " is " + String.join(" or ", codes);
        }
    }

    /**
     * Any of the given codes present in a code-set fact; with a symptom group, any code of that group;
     * with neither, any code at all.
     */
    record Has(Fact.Codes fact, Set<String> anyOf, Optional<SymptomGroup> group) implements Condition {
        @Override
        public Outcome evaluate(EvaluationContext c) {
            List<String> because = new ArrayList<>();
            for (Mention m : c.mentions(fact)) {
                if (matches(m.code())) {
                    because.add(m.words());
                }
            }
            return because.isEmpty() ? Outcome.NO : Outcome.yes(List.copyOf(new LinkedHashSet<>(because)));
        }

        private boolean matches(Coded code) {
            if (group.isPresent()) {
                return code instanceof SymptomCode s && s.group() == group.get();
            }
            return anyOf.isEmpty() || anyOf.contains(code.code());
        }

        @Override
        public String describe() {
            String what = group.map(g -> "any " + g.label() + " sign")
                    .orElseGet(() -> anyOf.isEmpty() ? "anything" : anyOf.stream().map(this::words).sorted()
                            .collect(Collectors.joining(", ", anyOf.size() > 1 ? "any of: " : "", "")));
            return what + " among " + fact.label();
        }

        private String words(String code) {
            for (Coded c : fact.codeType().getEnumConstants()) {
                if (c.code().equals(code)) {
                    return CodeLabels.of(c);
                }
            }
            return code;
        }
    }

    /** The fact has a value (for example, a lab is on record). */
    record Known(Fact fact) implements Condition {
        @Override
        public Outcome evaluate(EvaluationContext c) {
            boolean known;
            if (fact instanceof Fact.Flag f) {
                known = f.read().apply(c).isPresent();
            } else if (fact instanceof Fact.Number n) {
                known = n.read().apply(c).isPresent();
            } else if (fact instanceof Fact.Text t) {
                known = t.read().apply(c).isPresent();
            } else {
                known = !c.mentions((Fact.Codes) fact).isEmpty();
            }
            return known ? Outcome.yes(List.of()) : Outcome.NO;
        }

        @Override
        public String describe() {
            return fact.label() + " is on record";
        }
    }
}
