package com.b12consult.ui.consult;

import java.time.LocalDate;

/** One lab value on a chart, in the report's unit; {@code onRecord} false for one typed in this consultation. */
public record TrendPoint(LocalDate day, double value, boolean onRecord) {
}
