package com.b12consult.handout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level: 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59.
 * Health-literacy guidance asks for patient text at about grade 6 (AMA), below grade 8 (NIH).
 *
 * <p>Syllables are counted by a rule of thumb, as readability tools do: each run of vowels (a, e, i, o, u,
 * and y when not first) is one syllable; a final silent "e" is not counted, except in "-le" after a
 * consonant (table) and in words whose only vowel it is (the); "-es" and "-ed" endings after most consonants
 * are silent (shapes, used); every word has at least one. A token with no letters (a number such as 1000)
 * counts as one word of one syllable. The count is exact for most common words and off by one for some
 * (platelet: 3, not 2), which moves a grade by a few tenths at most.
 */
public final class Readability {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|[;:](?=\\s)");

    private Readability() {
    }

    /** The grade of a text of whole sentences; 0 for a text with no words. */
    public static double grade(String text) {
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return 0;
        }
        int sentences = sentences(text);
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** Sentences end at ., ! or ? (or ; and : before a space); a text without an end mark is one sentence. */
    static int sentences(String text) {
        String t = text.strip();
        int n = 0;
        Matcher m = SENTENCE_END.matcher(t);
        int lastEnd = 0;
        while (m.find()) {
            if (WORD.matcher(t.substring(lastEnd, m.start())).find()) {
                n++;
            }
            lastEnd = m.end();
        }
        if (WORD.matcher(t.substring(lastEnd)).find()) {
            n++;
        }
        return Math.max(n, 1);
    }

    /** The syllables of one word, by the rule of thumb above. */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int count = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w, i);
            if (vowel && !inVowels) {
                count++;
            }
            inVowels = vowel;
        }
        if (count > 1 && w.endsWith("e") && !w.endsWith("ee") && !isVowel(w, w.length() - 2)
                && !(w.endsWith("le") && w.length() > 2 && !isVowel(w, w.length() - 3))) {
            count--;
        } else if (count > 1 && (w.endsWith("es") || w.endsWith("ed")) && w.length() > 3
                && !isVowel(w, w.length() - 3) && !silentEndingSounded(w)) {
            count--;
        }
        return Math.max(count, 1);
    }

    /** "-ed" after t or d (needed) and "-es" after a hissing sound (boxes, changes) are spoken as a syllable. */
    private static boolean silentEndingSounded(String w) {
        char before = w.charAt(w.length() - 3);
        if (w.endsWith("ed")) {
            return before == 't' || before == 'd';
        }
        return before == 's' || before == 'x' || before == 'z' || w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("ges") || w.endsWith("ces");
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0);
    }
}
