package com.b12consult.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How findings write dates and numbers: unambiguous day-month-year, no trailing zeros. */
public final class Words {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private Words() {
    }

    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    public static String moment(LocalDateTime t) {
        return MOMENT.format(t);
    }

    /** At most two decimals, without trailing zeros: 13.8, 406.5, 210. */
    public static String number(double v) {
        BigDecimal bd = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return bd.scale() < 0 ? bd.setScale(0).toPlainString() : bd.toPlainString();
    }
}
