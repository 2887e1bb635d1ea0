package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.testing.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The articles' sentences are not ours to ship: no rule text may share a run of eight or more words
 * with any article (section headings are cited, not copied into texts).
 */
class OwnWordsTest {
    static final int RUN = 8;

    static List<String> words(String s) {
        String norm = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9' ]+", " ");
        return Stream.of(norm.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    static Set<String> runs(List<String> w) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + RUN <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + RUN)));
        }
        return out;
    }

    @Test
    void ruleTextsShareNoLongRunOfWordsWithTheArticles() throws IOException {
        Path dir = SharedFolder.require("articles");
        Set<String> article = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                article.addAll(runs(words(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        List<String> copied = new ArrayList<>();
        for (Rule r : RulebookLoader.shipped().rules()) {
            for (String text : List.of(r.title(), r.text(), r.patientText())) {
                for (String run : runs(words(text))) {
                    if (article.contains(run)) {
                        copied.add(r.id() + ": \"" + run + "\"");
                    }
                }
            }
        }
        assertTrue(copied.isEmpty(), "texts copied from the articles:\n" + String.join("\n", copied));
    }
}
