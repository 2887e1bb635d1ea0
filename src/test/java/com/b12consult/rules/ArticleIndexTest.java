package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.testing.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our index of the articles must match the articles themselves, word for word. */
class ArticleIndexTest {
    private final ArticleIndex index = ArticleIndex.load();

    @Test
    void indexesTheFourArticles() {
        assertEquals(List.of("blood-clots", "exercise", "headaches", "platelets"),
                index.all().stream().map(ArticleIndex.Article::key).toList());
    }

    @Test
    void everySectionIsALineOfItsOwnInTheArticle() throws IOException {
        Path dir = SharedFolder.require("articles");
        for (ArticleIndex.Article a : index.all()) {
            List<String> lines = Files.readAllLines(dir.resolve(a.file()), StandardCharsets.UTF_8).stream().map(String::strip).toList();
            for (String section : a.sections()) {
                assertTrue(lines.contains(section), a.key() + ": \"" + section + "\" is not a line of " + a.file());
            }
        }
    }

    @Test
    void titlesMatchTheArticlesReadme() throws IOException {
        String readme = Files.readString(SharedFolder.require("articles").resolve("README.md"), StandardCharsets.UTF_8);
        for (ArticleIndex.Article a : index.all()) {
            assertTrue(readme.contains("| `" + a.key() + "` | " + a.file() + " | " + a.title() + " |"), a.key());
        }
    }
}
