package com.b12consult.ui.consult;

import java.math.BigDecimal;
import java.math.MathContext;

/** Lab numbers as a person writes them: 88, not 88.0; a converted limit to three significant digits. */
final class LabNumbers {
    private LabNumbers() {
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String rounded(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
