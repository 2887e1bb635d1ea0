package com.b12consult.handout;

import com.b12consult.domain.PaperSize;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One patient's handout as content, before any layout: what the preview, the printer and the PDF all show.
 * Sections come most important first; the clinic and patient lines head every handout.
 *
 * @param clinicName  as set in Settings, empty when not set (the PDF's author)
 * @param clinicPhone as set in Settings, empty when not set
 * @param contactLine the line under the title that says whom to call: the clinic's name and phone, or in words
 *                    when they are not set, never a blank
 * @param closingNote the last line: whom to call with questions, then that the handout supports the clinician
 */
public record HandoutDocument(String title, String language, PaperSize paper, String patientName, String clinicName,
                              String clinicPhone, String contactLine, LocalDate date, List<Section> sections,
                              String closingNote) {
    public HandoutDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(clinicPhone, "clinicPhone");
        Objects.requireNonNull(contactLine, "contactLine");
        Objects.requireNonNull(date, "date");
        sections = List.copyOf(sections);
        Objects.requireNonNull(closingNote, "closingNote");
    }

    /** A plain heading and what follows it. */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            blocks = List.copyOf(blocks);
        }

        /** The section's words as sentences, for measuring how easy it is to read. */
        public String text() {
            StringBuilder b = new StringBuilder();
            for (Block block : blocks) {
                for (String s : block.sentences()) {
                    b.append(s.strip());
                    if (!s.isBlank() && ".!?:".indexOf(s.strip().charAt(s.strip().length() - 1)) < 0) {
                        b.append('.');
                    }
                    b.append(' ');
                }
            }
            return b.toString().strip();
        }
    }

    /** What a section holds: paragraphs, bullet lists, and the table to fill in. */
    public sealed interface Block {
        List<String> sentences();
    }

    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<String> sentences() {
            return List.of(text);
        }
    }

    /** A short line in bold that introduces what follows it. */
    public record Lead(String text) implements Block {
        public Lead {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<String> sentences() {
            return List.of(text);
        }
    }

    public record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }

        @Override
        public List<String> sentences() {
            return items;
        }
    }

    /** A table with headings and empty rows, for the patient to fill in by hand. */
    public record FillInTable(String caption, List<String> columns, List<Double> widths, int emptyRows) implements Block {
        public FillInTable {
            Objects.requireNonNull(caption, "caption");
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
            if (columns.isEmpty() || columns.size() != widths.size()) {
                throw new IllegalArgumentException("a table needs one relative width per column");
            }
            if (emptyRows < 1) {
                throw new IllegalArgumentException("a table to fill in needs at least one empty row");
            }
        }

        @Override
        public List<String> sentences() {
            return List.of(caption);
        }
    }
}
