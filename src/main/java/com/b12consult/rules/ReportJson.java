package com.b12consult.rules;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Citation;
import com.b12consult.domain.DerivedFacts;
import com.b12consult.domain.Finding;
import com.b12consult.domain.HeadacheTiming;
import com.b12consult.domain.LatestLab;
import com.b12consult.domain.Report;
import com.b12consult.domain.format.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Writes a report as the spec's JSON (report, version 1). The app stores exactly this text beside the
 * assessment, so a past consultation reopens as it was.
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static String write(Report report) {
        return JsonTrees.write(toTree(report));
    }

    public static ObjectNode toTree(Report report) {
        ObjectNode root = JsonTrees.object();
        root.put("schemaVersion", report.schemaVersion());
        ObjectNode rulebook = root.putObject("rulebook");
        rulebook.put("version", report.rulebook().version());
        rulebook.put("sha256", report.rulebook().sha256());
        ObjectNode decision = root.putObject("decision");
        decision.put("status", report.decision().status().code());
        ArrayNode reasons = decision.putArray("reasons");
        report.decision().reasons().forEach(reasons::add);
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(finding(f)));
        root.set("derived", derived(report.derived()));
        return root;
    }

    private static JsonNode finding(Finding f) {
        ObjectNode n = JsonTrees.object();
        n.put("id", f.id());
        n.put("topic", f.topic().code());
        n.put("kind", f.kind().code());
        n.put("severity", f.severity().code());
        n.put("title", f.title());
        n.put("text", f.text());
        n.put("patientText", f.patientText());
        ArrayNode because = n.putArray("because");
        f.because().forEach(because::add);
        ObjectNode source = n.putObject("source");
        if (f.source() instanceof Citation.Article a) {
            source.put("article", a.article());
            source.put("section", a.section());
        } else if (f.source() instanceof Citation.Guideline g) {
            source.put("guideline", g.guideline());
        }
        return n;
    }

    private static JsonNode derived(DerivedFacts d) {
        ObjectNode n = JsonTrees.object();
        ObjectNode labs = n.putObject("latestLabs");
        d.latestLabs().values().stream().map(LatestLab::takenOn).max(Comparator.naturalOrder())
                .map(LocalDate::toString).ifPresent(day -> labs.put("takenOn", day));
        for (Analyte an : Analyte.values()) {
            d.latest(an).ifPresent(l -> labs.put(an.code(), round(l.value())));
        }
        ObjectNode units = labs.putObject("units");
        for (Analyte an : Analyte.values()) {
            d.latest(an).ifPresent(l -> units.put(an.code(), l.unit().code()));
        }
        n.put("megaloblasticPattern", d.megaloblasticPattern());
        n.put("plateletTrend", d.plateletTrend().code());
        n.put("plateletGrade", d.plateletGrade().code());
        d.anemia().ifPresent(v -> n.put("anemia", v));
        d.macrocytosis().ifPresent(v -> n.put("macrocytosis", v));
        d.b12Low().ifPresent(v -> n.put("b12Low", v));
        d.folateLow().ifPresent(v -> n.put("folateLow", v));
        HeadacheTiming t = d.headacheTiming();
        ObjectNode timing = n.putObject("headacheTiming");
        timing.put("injections", t.injections());
        timing.put("followedWithin24h", t.followedWithin24h());
        timing.put("recurring", t.recurring());
        timing.put("escalating", t.escalating());
        ArrayNode severities = timing.putArray("severitiesAfterDoses");
        t.severitiesAfterDoses().forEach(severities::add);
        timing.put("headachesAwayFromDoses", t.headachesAwayFromDoses());
        if (d.daysSinceLastDose().isPresent()) {
            n.put("daysSinceLastDose", d.daysSinceLastDose().getAsLong());
        }
        d.lastDose().ifPresent(l -> {
            ObjectNode last = n.putObject("lastDose");
            last.put("givenAt", l.givenAt().toString());
            last.put("site", l.site().code());
            last.put("product", l.product().code());
        });
        n.put("doseCheck", d.doseCheck().code());
        return n;
    }

    /** Canonical values to two decimals: enough for any lab, free of conversion noise like 406.49999. */
    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
