package com.b12consult.domain.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the accepted codes a misspelt one most likely meant, so a message can say "did you mean
 * leg_swelling_one_sided?" instead of leaving the clinician to scan a list of thirty codes.
 * Two signals: words in common (a clinician writes {@code leg_swollen} for {@code leg_swelling_one_sided}),
 * and edit distance for typos ({@code chest_pian}).
 */
final class CodeSuggestions {
    private static final int MAX_SUGGESTIONS = 3;
    /** A near-identical spelling of the whole code beats any number of words in common. */
    private static final int TYPO_SCORE = 100;

    /** Clinical words for which no spelling is close to the code; only ever suggested. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("photophobia", List.of("light_sensitivity")),
            Map.entry("dyspnea", List.of("sudden_shortness_of_breath", "breathing_difficulty")),
            Map.entry("dyspnoea", List.of("sudden_shortness_of_breath", "breathing_difficulty")),
            Map.entry("sob", List.of("sudden_shortness_of_breath", "breathing_difficulty")),
            Map.entry("hemoptysis", List.of("coughing_blood")),
            Map.entry("haemoptysis", List.of("coughing_blood")),
            Map.entry("tachycardia", List.of("rapid_heartbeat", "palpitations")),
            Map.entry("hives", List.of("rash", "widespread_rash", "itching")),
            Map.entry("urticaria", List.of("rash", "widespread_rash", "itching")),
            Map.entry("pruritus", List.of("itching")),
            Map.entry("syncope", List.of("faintness")),
            Map.entry("vertigo", List.of("dizziness", "severe_dizziness")),
            Map.entry("paresthesia", List.of("tingling_numbness")),
            Map.entry("paraesthesia", List.of("tingling_numbness")),
            Map.entry("dvt", List.of("prior_dvt_pe", "leg_swelling_one_sided")),
            Map.entry("pe", List.of("prior_dvt_pe", "sudden_shortness_of_breath")));

    private CodeSuggestions() {
    }

    static List<String> closest(String given, List<String> accepted) {
        String normal = normalize(given);
        for (String code : accepted) {
            if (normalize(code).equals(normal)) {
                return List.of(code);
            }
        }
        List<String> synonyms = SYNONYMS.getOrDefault(normal, List.of()).stream().filter(accepted::contains).toList();
        if (!synonyms.isEmpty()) {
            return synonyms;
        }
        List<String> abbreviated = accepted.stream().filter(code -> !normal.isEmpty() && code.startsWith(normal)).toList();
        if (abbreviated.size() == 1) {
            return abbreviated;
        }
        List<String> givenWords = words(normal);
        List<Candidate> candidates = new ArrayList<>();
        for (String code : accepted) {
            int shared = sharedWords(givenWords, words(code));
            int distance = distance(normal, code);
            boolean typo = distance <= Math.max(2, code.length() / 4);
            if (shared > 0 || typo) {
                candidates.add(new Candidate(code, shared + (typo ? TYPO_SCORE : 0), distance));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        int best = candidates.stream().mapToInt(Candidate::score).max().orElseThrow();
        return candidates.stream()
                .filter(c -> c.score() == best)
                .sorted(Comparator.comparingInt(Candidate::distance))
                .limit(MAX_SUGGESTIONS)
                .map(Candidate::code)
                .toList();
    }

    /** "a", "a or b", "a, b or c": for messages. */
    static String orList(List<String> codes) {
        if (codes.size() <= 1) {
            return String.join("", codes);
        }
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }

    private record Candidate(String code, int score, int distance) {
    }

    private static String normalize(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    private static List<String> words(String code) {
        return List.of(code.split("_+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    /** Words in common, weighted: the same word 3, the same stem 2 ("smoker"/"smoking"), a misspelling 1. */
    private static int sharedWords(List<String> given, List<String> code) {
        int score = 0;
        for (String g : given) {
            int best = 0;
            for (String c : code) {
                best = Math.max(best, wordMatch(g, c));
            }
            score += best;
        }
        return score;
    }

    private static int wordMatch(String a, String b) {
        if (a.equals(b)) {
            return 3;
        }
        if (a.length() < 3 || b.length() < 3) {
            return 0;
        }
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        if (common == Math.min(a.length(), b.length()) || common >= 4 && common * 5 >= Math.min(a.length(), b.length()) * 3) {
            return 2;
        }
        return distance(a, b) <= (Math.min(a.length(), b.length()) + 2) / 3 ? 1 : 0;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
