package com.b12consult.domain.format;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into any field (a lab value, a dose, a lab limit): digits with one decimal
 * separator, a point or a comma, in every field alike. One rule: a separator followed by exactly three digits is
 * refused when it is the clinic's thousands separator ("1,000" in an English clinic, "1.000" in a German one), for
 * read as a decimal it would make a 1000 microgram dose 1. No exponents, no "NaN", no signs other than a leading
 * minus.
 */
public final class TypedNumbers {
    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d*)(?:([.,])(\\d*))?");

    private TypedNumbers() {
    }

    /** A number typed in the workstation's locale. */
    public static TypedDates.Reading<Double> decimal(String text) {
        return decimal(text, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A number typed in {@code locale}: its thousands separator, followed by three digits, is refused as ambiguous. */
    public static TypedDates.Reading<Double> decimal(String text, Locale locale) {
        String t = text == null ? "" : text.strip();
        Matcher m = NUMBER.matcher(t);
        if (t.isEmpty() || !m.matches() || (m.group(2).isEmpty() && (m.group(4) == null || m.group(4).isEmpty()))) {
            return wrong("\"" + t + "\" is not a number; type digits, with a point or a comma for decimals, e.g. 13.5");
        }
        String separator = m.group(3);
        String fraction = m.group(4) == null ? "" : m.group(4);
        char grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        if (separator != null && separator.charAt(0) == grouping && fraction.length() == 3) {
            String whole = m.group(2) + fraction;
            String decimal = m.group(2) + "." + fraction;
            return wrong("\"" + t + "\" could be " + whole + " or " + decimal + "; type " + whole
                    + " without a separator, or the decimal with " + (grouping == ',' ? "a point" : "a comma"));
        }
        String number = m.group(1) + (m.group(2).isEmpty() ? "0" : m.group(2)) + (fraction.isEmpty() ? "" : "." + fraction);
        return new TypedDates.Reading<>(Optional.of(Double.parseDouble(number)), Optional.empty());
    }

    private static TypedDates.Reading<Double> wrong(String problem) {
        return new TypedDates.Reading<>(Optional.empty(), Optional.of(problem));
    }
}
