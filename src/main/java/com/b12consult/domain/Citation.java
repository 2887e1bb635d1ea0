package com.b12consult.domain;

import java.util.Objects;

/** Where a finding's content comes from: a section of one of the four articles, or a named published guideline. */
public sealed interface Citation {
    /** In words, for screens and the handout. */
    String display();

    record Article(String article, String section) implements Citation {
        public Article {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(section, "section");
        }

        @Override
        public String display() {
            return article + " article, section \u201c" + section + "\u201d";
        }
    }

    record Guideline(String guideline) implements Citation {
        public Guideline {
            Objects.requireNonNull(guideline, "guideline");
        }

        @Override
        public String display() {
            return guideline;
        }
    }
}
