package com.b12consult.ui.consult;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.Fields;
import com.b12consult.ui.SuddenOnsetBox;
import com.b12consult.ui.WidthSwitch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Headaches step: the diary (on record, then new entries), the triggers the patient reports, and beside them
 * a timeline of severity against the doses with the timing the rule module derives, in plain words.
 */
public final class HeadachesView extends BorderPane {

    private final HeadachesStepViewModel vm;
    private final FieldDecorations decorations = new FieldDecorations();
    private final VBox entryBox = new VBox();
    private final Map<HeadacheDiaryEntry, Node> cards = new HashMap<>();
    private final TimelineChart timeline = new TimelineChart("Headache severity (0-10) and doses",
            OptionalDouble.of(0), OptionalDouble.of(10));
    private int typedEntries;

    public HeadachesView(HeadachesStepViewModel vm) {
        this.vm = vm;
        getStyleClass().add("consult-step");
        getStylesheets().add(HeadachesView.class.getResource("labs.css").toExternalForm());
        setId("headachesStep");

        Label title = new Label("Headaches");
        title.getStyleClass().add("screen-title");
        Label hint = Fields.hint("The headache diary: when each began (YYYY-MM-DDTHH:MM), how bad from 0 (none) to 10"
                + " (worst), its type and what came with it.");
        Button add = new Button("A_dd a headache");
        add.setId("addHeadache");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.addEntry());
        VBox header = new VBox(6, title, hint);
        HBox.setHgrow(header, Priority.ALWAYS);
        HBox top = new HBox(16, header, add);
        top.setAlignment(Pos.BOTTOM_LEFT);
        top.getStyleClass().add("step-header");
        setTop(top);

        entryBox.getStyleClass().add("panel-list");
        Label triggersTitle = new Label("Possible triggers the patient reports");
        triggersTitle.getStyleClass().add("section-title");
        triggersTitle.setWrapText(true);
        FlowPane triggers = new FlowPane();
        triggers.getStyleClass().add("trigger-boxes");
        triggers.setMinWidth(0);
        for (HeadacheTrigger t : HeadacheTrigger.values()) {
            CheckBox box = new CheckBox(capitalized(CodeLabels.of(t)));
            box.setId("trigger-" + t.code());
            wrapWithin(box, triggers);
            box.selectedProperty().bindBidirectional(vm.trigger(t));
            triggers.getChildren().add(box);
        }
        VBox content = new VBox(12, entryBox, triggersTitle, triggers);
        // Beneath the diary: typing a severity that makes the rule module ask moves nothing above the field.
        vm.suddenOnset().ifPresent(q -> {
            Node asked = SuddenOnsetBox.of(q.yesProperty(), q.offeredProperty(), q.findingProperty(),
                    "a current symptom, sudden severe headache (Clot risk step)");
            // In a list like the diary's, so it lines up with the entries.
            VBox inList = new VBox(asked);
            inList.getStyleClass().add("panel-list");
            inList.visibleProperty().bind(asked.visibleProperty());
            inList.managedProperty().bind(inList.visibleProperty());
            content.getChildren().add(1, inList);
        });
        content.getStyleClass().add("panel-list");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        setCenter(scroll);

        timeline.setId("headacheTimeline");
        timeline.setPrefHeight(280);
        Label timingTitle = new Label("Timing against doses");
        timingTitle.getStyleClass().add("section-title");
        VBox timingLines = new VBox(6);
        timingLines.setId("timingSummary");
        showLines(timingLines);
        vm.timingSummary().addListener((ListChangeListener<String>) c -> showLines(timingLines));
        VBox timing = new VBox(8, timingTitle, timingLines);
        timing.getStyleClass().add("timing-summary");
        Label legend = Fields.hint("Dashed: a dose. Filled: on record; hollow: typed today.");
        VBox right = new VBox(10, timeline, legend, timing);
        right.getStyleClass().add("chart-column");
        // As on the Blood count: at 1280 wide the chart and the timing go beneath the diary, not beside it.
        WidthSwitch.at(this, BloodCountView.CHARTS_BESIDE_FROM, wide -> {
            content.getChildren().remove(right);
            setRight(null);
            if (wide) {
                setRight(right);
            } else {
                content.getChildren().add(right);
            }
        });

        vm.entries().addListener((ListChangeListener<HeadacheDiaryEntry>) c -> showEntries());
        vm.changes().addListener(o -> redrawTimeline());
        vm.timingSummary().addListener((ListChangeListener<String>) c -> redrawTimeline());
        showEntries();
        redrawTimeline();
    }

    FieldDecorations decorations() {
        return decorations;
    }

    TimelineChart timeline() {
        return timeline;
    }

    private void redrawTimeline() {
        List<TimelineChart.Point> points = vm.charted().stream().map(h -> new TimelineChart.Point(h.onsetAt(),
                h.severity(), vm.entries().stream().noneMatch(e -> e.recorded().filter(h::equals).isPresent()))).toList();
        timeline.show(points, vm.injectionTimes(), new NormalBand(OptionalDouble.empty(), OptionalDouble.empty()));
    }

    private void showLines(VBox box) {
        box.getChildren().setAll(vm.timingSummary().stream().map(line -> {
            Label l = new Label(line);
            l.getStyleClass().add("timing-line");
            l.setWrapText(true);
            // in the column beside the diary, under the chart: the line takes its height, the chart gives way
            l.setMinHeight(Region.USE_PREF_SIZE);
            return l;
        }).toList());
    }

    private void showEntries() {
        cards.keySet().retainAll(vm.entries());
        entryBox.getChildren().setAll(vm.entries().stream().map(e -> cards.computeIfAbsent(e, this::card)).toList());
    }

    private Node card(HeadacheDiaryEntry e) {
        return e.isOnRecord() ? recordCard(e.recorded().orElseThrow()) : typedCard(e, ++typedEntries);
    }

    private Node recordCard(HeadacheEntry h) {
        Label when = new Label(TypedDates.format(h.onsetAt()));
        when.getStyleClass().add("headache-when");
        Label badge = new Label("on record");
        badge.getStyleClass().add("record-badge");
        // Beside the consultation's step list and decision panel the row is narrow: the text wraps, never the date.
        when.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        String with = h.associated().isEmpty() ? "" : ", with " + h.associated().stream().map(CodeLabels::of)
                .collect(Collectors.joining(", "));
        Label what = new Label("severity " + h.severity() + " of 10, " + CodeLabels.of(h.type()) + with);
        what.setWrapText(true);
        HBox row = new HBox(10, when, what, badge);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(what, Priority.ALWAYS);
        row.getStyleClass().addAll("headache-entry", "on-record");
        return row;
    }

    private Node typedCard(HeadacheDiaryEntry e, int number) {
        String prefix = "headache" + number;
        TextField onset = new TextField();
        onset.setId(prefix + "-onset");
        onset.setPromptText("YYYY-MM-DD HH:MM");
        onset.setPrefColumnCount(12);
        onset.textProperty().bindBidirectional(e.onsetProperty());
        decorations.decorate(onset, e.onsetMessageProperty());
        TextField severity = new TextField();
        severity.setId(prefix + "-severity");
        severity.setPromptText("0-10");
        severity.setPrefColumnCount(4);
        severity.textProperty().bindBidirectional(e.severityProperty());
        decorations.decorate(severity, e.severityMessageProperty());
        ComboBox<HeadacheType> type = new ComboBox<>();
        type.setId(prefix + "-type");
        type.getItems().setAll(HeadacheType.values());
        type.valueProperty().bindBidirectional(e.typeProperty());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(HeadacheType t) {
                return t == null ? "" : capitalized(CodeLabels.of(t));
            }

            @Override
            public HeadacheType fromString(String s) {
                return null;
            }
        });
        type.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(HeadacheType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? "" : capitalized(CodeLabels.of(t)));
            }
        });
        Button remove = new Button("Remove");
        remove.setId(prefix + "-remove");
        remove.setAccessibleText("Remove new headache " + number);
        remove.setOnAction(a -> vm.removeEntry(e));
        remove.setMinWidth(Region.USE_PREF_SIZE);
        // Fixed widths: a message wraps under its own field instead of widening it and moving the next one.
        VBox began = Fields.fixedWidth(Fields.labelled("Began at", onset, e.onsetMessageProperty(),
                prefix + "-onset-message"), onset, 170);
        VBox bad = Fields.fixedWidth(Fields.labelled("Severity", severity, e.severityMessageProperty(),
                prefix + "-severity-message"), severity, 150);
        // Beside the step list, the chart and the decision the column is narrow (at 1280 wide, under 400
        // pixels): the fields flow onto a second line rather than push Remove and the symptoms out of sight.
        FlowPane typed = new FlowPane(12, 8, began, bad, Fields.fixedWidth(Fields.labelled("Type", type, null, null),
                type, 170));
        typed.setMinWidth(0);
        BorderPane fields = new BorderPane(typed);
        fields.setRight(remove);
        BorderPane.setAlignment(remove, Pos.TOP_RIGHT);
        onset.setAccessibleText("When new headache " + number + " began");
        severity.setAccessibleText("Severity of new headache " + number + ", 0 to 10");

        FlowPane symptoms = new FlowPane();
        symptoms.getStyleClass().add("symptom-boxes");
        symptoms.setMinWidth(0);
        for (SymptomCode s : HeadachesStepViewModel.OFFERED_SYMPTOMS) {
            CheckBox box = new CheckBox(capitalized(CodeLabels.of(s)));
            box.setId(prefix + "-" + s.code());
            wrapWithin(box, symptoms);
            box.setSelected(e.associated().contains(s));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    e.associated().add(s);
                } else {
                    e.associated().remove(s);
                }
            });
            e.associated().addListener((SetChangeListener<SymptomCode>) c -> box.setSelected(e.associated().contains(s)));
            symptoms.getChildren().add(box);
        }
        Label with = new Label("With");
        with.getStyleClass().add("field-label");
        VBox card = new VBox(8, fields, with, symptoms);
        card.getStyleClass().add("headache-entry");
        return card;
    }

    /** A long label wraps within the narrow column instead of widening it past the scroll pane. */
    private static void wrapWithin(CheckBox box, FlowPane in) {
        box.setWrapText(true);
        box.maxWidthProperty().bind(in.widthProperty());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
