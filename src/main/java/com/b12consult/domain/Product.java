package com.b12consult.domain;

/** B12 product. */
public enum Product implements Coded {
    HYDROXOCOBALAMIN("hydroxocobalamin"),
    CYANOCOBALAMIN("cyanocobalamin");

    private final String code;

    Product(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
