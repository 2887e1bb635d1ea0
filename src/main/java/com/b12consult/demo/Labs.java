package com.b12consult.demo;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One patient's blood counts over time, in the units their laboratory reports: low B12 with large red cells and a
 * low hemoglobin before treatment, recovering at each panel after. A few patients' platelets fall instead (the
 * index picks them, so a small clinic has some), low enough for the check's platelet alerts.
 */
final class Labs {
    private final SplittableRandom r;
    private final LabUnit plateletUnit;
    private final LabUnit hemoglobinUnit;
    private final LabUnit b12Unit;
    private final LabUnit folateUnit;
    /** How far the platelets fall at each panel, down to {@code plateletFloor}; 0 for most patients. */
    private final double plateletFall;
    private final double plateletFloor;
    private double platelets;
    private double hemoglobin;
    private double mcv;

    Labs(SplittableRandom r, int index) {
        this.r = r;
        plateletUnit = r.nextInt(5) == 0 ? LabUnit.THOUSAND_PER_UL : LabUnit.GIGA_PER_L;
        hemoglobinUnit = r.nextInt(5) < 2 ? LabUnit.G_PER_L : LabUnit.G_PER_DL;
        int b = r.nextInt(10);
        b12Unit = b < 5 ? LabUnit.PG_PER_ML : b < 8 ? LabUnit.NG_PER_L : LabUnit.PMOL_PER_L;
        folateUnit = r.nextInt(10) < 3 ? LabUnit.UG_PER_L : LabUnit.NG_PER_ML;
        if (index % 40 == 11) {
            plateletFall = 60 + r.nextInt(30);
            plateletFloor = 35 + r.nextInt(10);
        } else if (index % 15 == 2) {
            plateletFall = 30 + r.nextInt(20);
            plateletFloor = 75 + r.nextInt(20);
        } else {
            plateletFall = 0;
            plateletFloor = 0;
        }
        platelets = 160 + r.nextInt(170);
        hemoglobin = 10.2 + r.nextInt(30) / 10.0;
        mcv = 99 + r.nextInt(13);
    }

    /** Before treatment: always B12, usually folate. */
    LabPanel baseline(LocalDate takenOn) {
        Map<Analyte, Quantity> results = counts();
        results.put(Analyte.B12, b12(80 + r.nextInt(110)));
        if (r.nextInt(10) < 8) {
            results.put(Analyte.FOLATE, folate(3 + r.nextInt(110) / 10.0));
        }
        return new LabPanel(takenOn, results);
    }

    /** The {@code n}th panel after treatment began: red cells recovering; B12 now and then. */
    LabPanel followUp(LocalDate takenOn, int n) {
        hemoglobin = Math.min(hemoglobin + (n < 3 ? 0.6 + r.nextInt(8) / 10.0 : r.nextInt(5) / 10.0 - 0.2), 15.2);
        mcv = Math.max(mcv - (n < 3 ? 3 + r.nextInt(5) : r.nextInt(3) - 1), 84 + r.nextInt(8));
        platelets = plateletFall > 0 ? Math.max(platelets - plateletFall, plateletFloor)
                : Math.max(150, platelets + r.nextInt(41) - 20);
        Map<Analyte, Quantity> results = counts();
        if (r.nextInt(10) < 3) {
            results.put(Analyte.B12, b12(350 + r.nextInt(800)));
        }
        return new LabPanel(takenOn, results);
    }

    private Map<Analyte, Quantity> counts() {
        Map<Analyte, Quantity> results = new EnumMap<>(Analyte.class);
        results.put(Analyte.PLATELETS, new Quantity(Math.round(platelets), plateletUnit));
        results.put(Analyte.HEMOGLOBIN, hemoglobinUnit == LabUnit.G_PER_L
                ? new Quantity(Math.round(hemoglobin * 10), LabUnit.G_PER_L)
                : new Quantity(Math.round(hemoglobin * 10) / 10.0, LabUnit.G_PER_DL));
        results.put(Analyte.MCV, new Quantity(Math.round(mcv), LabUnit.FL));
        return results;
    }

    private Quantity b12(double picogramsPerMillilitre) {
        double value = b12Unit == LabUnit.PMOL_PER_L ? picogramsPerMillilitre / 1.355 : picogramsPerMillilitre;
        return new Quantity(Math.round(value), b12Unit);
    }

    private Quantity folate(double nanogramsPerMillilitre) {
        return new Quantity(Math.round(nanogramsPerMillilitre * 10) / 10.0, folateUnit);
    }
}
