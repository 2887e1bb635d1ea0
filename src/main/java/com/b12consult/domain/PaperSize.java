package com.b12consult.domain;

/** Paper size of the printed handout. */
public enum PaperSize implements Coded {
    A4("a4", "A4"),
    LETTER("letter", "Letter");

    private final String code;
    private final String label;

    PaperSize(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
