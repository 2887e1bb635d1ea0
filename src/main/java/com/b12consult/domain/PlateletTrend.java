package com.b12consult.domain;

/** Direction of the platelet count across serial counts. */
public enum PlateletTrend implements Coded {
    RISING("rising"),
    FALLING("falling"),
    STABLE("stable"),
    INSUFFICIENT("insufficient");

    private final String code;

    PlateletTrend(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
