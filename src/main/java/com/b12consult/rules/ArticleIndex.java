package com.b12consult.rules;

import com.b12consult.domain.format.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's own index of the four source articles: key, title, and section headings word for word.
 * Citations are checked against it when the rulebook loads; a test checks it against the article texts.
 */
public final class ArticleIndex {
    public record Article(String key, String title, String file, List<String> sections) {
        public Article {
            sections = List.copyOf(sections);
        }
    }

    private final Map<String, Article> articles;

    private ArticleIndex(Map<String, Article> articles) {
        this.articles = articles;
    }

    public static ArticleIndex load() {
        try (InputStream in = ArticleIndex.class.getResourceAsStream("articles.json")) {
            if (in == null) {
                throw new IllegalStateException("articles.json is missing from the application");
            }
            JsonNode root = JsonTrees.parse(in.readAllBytes());
            Map<String, Article> map = new LinkedHashMap<>();
            for (JsonNode a : root.get("articles")) {
                List<String> sections = new ArrayList<>();
                a.get("sections").forEach(s -> sections.add(s.asText()));
                Article article = new Article(a.get("key").asText(), a.get("title").asText(), a.get("file").asText(), sections);
                map.put(article.key(), article);
            }
            return new ArticleIndex(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException("articles.json cannot be read", e);
        }
    }

    public Optional<Article> article(String key) {
        return Optional.ofNullable(articles.get(key));
    }

    public List<Article> all() {
        return articles.values().stream().sorted(java.util.Comparator.comparing(Article::key)).toList();
    }
}
