package com.b12consult.domain;

import java.time.LocalDate;

/** The most recent value of one analyte, in its canonical unit, and the day it was taken. */
public record LatestLab(Analyte analyte, double value, LabUnit unit, LocalDate takenOn) {
}
