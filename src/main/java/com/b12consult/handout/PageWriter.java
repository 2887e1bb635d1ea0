package com.b12consult.handout;

import com.b12consult.handout.HandoutDocument.FillInTable;
import com.b12consult.handout.HandoutPdf.Style;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Puts lines on pages from the top down: wraps text to the width, and starts a new page when one is full. */
final class PageWriter {
    static final float MARGIN = 54;
    static final float BOTTOM = 58;
    private static final float BULLET_INDENT = 15;

    private final PDDocument pdf;
    private final PDRectangle size;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    PageWriter(PDDocument pdf, PDRectangle size, PDType0Font regular, PDType0Font bold) throws IOException {
        this.pdf = pdf;
        this.size = size;
        this.regular = regular;
        this.bold = bold;
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless this much height is left on the current one. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void text(String text, Style style, float indent) throws IOException {
        for (String line : wrap(text, style, width() - indent)) {
            ensure(style.leading);
            show(line, style, MARGIN + indent, y - style.size);
            y -= style.leading;
        }
    }

    void bullet(String text) throws IOException {
        List<String> lines = wrap(text, Style.BODY, width() - BULLET_INDENT);
        ensure(Math.min(lines.size(), 2) * Style.BODY.leading);
        show("•", Style.BODY, MARGIN + 3, y - Style.BODY.size);
        for (String line : lines) {
            ensure(Style.BODY.leading);
            show(line, Style.BODY, MARGIN + BULLET_INDENT, y - Style.BODY.size);
            y -= Style.BODY.leading;
        }
    }

    void rule(Style colour) throws IOException {
        out.setStrokingColor(colour.r, colour.g, colour.b);
        out.setLineWidth(0.8f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + width(), y);
        out.stroke();
    }

    /** A table to fill in by hand: a shaded header row of wrapped headings, then empty rows tall enough to write in. */
    void table(FillInTable table) throws IOException {
        double total = table.widths().stream().mapToDouble(Double::doubleValue).sum();
        float[] widths = new float[table.columns().size()];
        List<List<String>> heads = new ArrayList<>();
        int headLines = 1;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (width() * table.widths().get(i) / total);
            List<String> lines = wrap(table.columns().get(i), Style.TABLE_HEAD, widths[i] - 8);
            heads.add(lines);
            headLines = Math.max(headLines, lines.size());
        }
        float headHeight = headLines * Style.TABLE_HEAD.leading + 8;
        float rowHeight = 23;
        ensure(Style.TABLE_CAPTION.leading + headHeight + table.emptyRows() * rowHeight);
        show(drawableText(table.caption()), Style.TABLE_CAPTION, MARGIN, y - Style.TABLE_CAPTION.size);
        y -= Style.TABLE_CAPTION.leading + 2;
        float top = y;
        out.setNonStrokingColor(0.91f, 0.93f, 0.96f);
        out.addRect(MARGIN, top - headHeight, width(), headHeight);
        out.fill();
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float ly = top - 4 - Style.TABLE_HEAD.size;
            for (String line : heads.get(i)) {
                show(line, Style.TABLE_HEAD, x + 4, ly);
                ly -= Style.TABLE_HEAD.leading;
            }
            x += widths[i];
        }
        float bottom = top - headHeight - table.emptyRows() * rowHeight;
        out.setStrokingColor(0.45f, 0.45f, 0.45f);
        out.setLineWidth(0.6f);
        for (int r = 0; r <= table.emptyRows() + 1; r++) {
            float ry = r == 0 ? top : top - headHeight - (r - 1) * rowHeight;
            out.moveTo(MARGIN, ry);
            out.lineTo(MARGIN + width(), ry);
        }
        x = MARGIN;
        for (int i = 0; i <= widths.length; i++) {
            out.moveTo(x, top);
            out.lineTo(x, bottom);
            if (i < widths.length) {
                x += widths[i];
            }
        }
        out.stroke();
        y = bottom;
    }

    void finish() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** Once every page is laid out: the patient's name and "page n of m" at the foot of each. */
    void footers(String left) throws IOException {
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
                out = s;
                String right = "Page " + (i + 1) + " of " + count;
                float baseline = BOTTOM - 30;
                show(fit(left, Style.FOOTER, width() * 0.7f), Style.FOOTER, MARGIN, baseline);
                show(right, Style.FOOTER, MARGIN + width() - textWidth(right, Style.FOOTER), baseline);
            } finally {
                out = null;
            }
        }
    }

    private void newPage() throws IOException {
        finish();
        PDPage page = new PDPage(size);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = size.getHeight() - MARGIN;
    }

    private void show(String text, Style style, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(style.bold ? bold : regular, style.size);
        out.setNonStrokingColor(style.r, style.g, style.b);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    /** Breaks text into lines no wider than the width, at spaces; a word too long for a line is cut. */
    List<String> wrap(String text, Style style, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : drawableText(text).trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, style) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(rest, style) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), style) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String fit(String text, Style style, float width) throws IOException {
        String t = drawableText(text);
        if (textWidth(t, style) <= width) {
            return t;
        }
        // The longest start that fits, found by halving: one character at a time took seconds on a long name.
        int fits = 1;
        int tooLong = t.length();
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            if (textWidth(t.substring(0, mid) + "…", style) <= width) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        return t.substring(0, fits) + "…";
    }

    private float textWidth(String text, Style style) throws IOException {
        return (style.bold ? bold : regular).getStringWidth(text) / 1000 * style.size;
    }

    /** What the font cannot draw becomes "?", so one odd character in a name never stops a handout. */
    private String drawableText(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                b.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean canDraw(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
