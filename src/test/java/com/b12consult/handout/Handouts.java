package com.b12consult.handout;

import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.rules.ArticleIndex;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.FactCatalog;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test help: the real evaluation path, the composer, the renderer, and the text read back out of a PDF. */
final class Handouts {
    static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(new RulebookLoader(new FactCatalog(), ArticleIndex.load()).loadBundled()));
    static final HandoutComposer COMPOSER = new HandoutComposer(EVALUATOR.engine().rulebook());
    static final HandoutPdf PDF = new HandoutPdf();
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    private Handouts() {
    }

    static ClinicSettings clinic(PaperSize paper) {
        return new ClinicSettings("Riverside Health Centre", "1 River Road", "01632 960 123", paper, LabLimits.defaults());
    }

    static AssessmentEvaluator.Outcome.Evaluated evaluate(String json) {
        AssessmentEvaluator.Outcome o = EVALUATOR.evaluate(json, LabLimits.defaults());
        if (o instanceof AssessmentEvaluator.Outcome.Evaluated e) {
            return e;
        }
        throw new AssertionError("not a valid assessment: " + o);
    }

    static HandoutDocument compose(AssessmentEvaluator.Outcome.Evaluated e, String name, PaperSize paper) {
        return COMPOSER.compose(e.assessment(), e.report(), name, clinic(paper), Optional.of(DAY.plusDays(14)), DAY);
    }

    /** The PDF's text with every run of white space made one space, so wrapped lines read as sentences. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(doc));
        }
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
