package com.b12consult.rules;

import com.b12consult.domain.format.TypedDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** How findings write dates and numbers: dates as every screen shows them (year first), no trailing zeros. */
public final class Words {
    private Words() {
    }

    public static String day(LocalDate d) {
        return TypedDates.format(d);
    }

    public static String moment(LocalDateTime t) {
        return TypedDates.format(t);
    }

    /** At most two decimals, without trailing zeros: 13.8, 406.5, 210. */
    public static String number(double v) {
        BigDecimal bd = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return bd.scale() < 0 ? bd.setScale(0).toPlainString() : bd.toPlainString();
    }
}
