package com.b12consult.ui.consult;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.Fields;
import com.b12consult.ui.WidthSwitch;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Blood count step: the panels by date on the left (on record, then new ones to type into), and on the
 * right a chart per lab of the blood count over time with the normal band and the doses.
 */
public final class BloodCountView extends BorderPane {
    /** Platelets, MCV and hemoglobin first; the vitamins last, filled in when known. */
    static final List<Analyte> ORDER = List.of(Analyte.PLATELETS, Analyte.MCV, Analyte.HEMOGLOBIN, Analyte.HEMATOCRIT,
            Analyte.RETICULOCYTES, Analyte.B12, Analyte.FOLATE);

    /** The step's width from which the charts stand beside the panels (a 1920 wide window gives it 1200). */
    static final double CHARTS_BESIDE_FROM = 960;
    private static final double CHART_HEIGHT_BENEATH = 200;
    /** Enough for the longest word of a limit ("hemoglobin"), so a limit wraps between words. */
    private static final double LIMITS_MIN_WIDTH = 120;

    private final BloodCountStepViewModel vm;
    private final FieldDecorations decorations = new FieldDecorations();
    private final VBox panelBox = new VBox();
    private final Map<LabPanelEntry, Node> cards = new HashMap<>();
    private final Map<Analyte, TimelineChart> charts = new HashMap<>();
    private int typedPanels;

    public BloodCountView(BloodCountStepViewModel vm) {
        this.vm = vm;
        getStyleClass().add("consult-step");
        getStylesheets().add(BloodCountView.class.getResource("labs.css").toExternalForm());
        setId("bloodCountStep");

        Label title = new Label("Blood count");
        title.getStyleClass().add("screen-title");
        Label hint = Fields.hint("Lab panels by date. Type a new panel's values as the lab report gives them, each with its"
                + " unit; leave a value empty when it is not known. The limits in Settings are shown beside each field.");
        Button add = new Button("_Add a lab panel");
        add.setId("addLabPanel");
        add.setMnemonicParsing(true);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.addPanel());
        VBox header = new VBox(6, title, hint);
        HBox.setHgrow(header, Priority.ALWAYS);
        HBox top = new HBox(16, header, add);
        top.setAlignment(Pos.BOTTOM_LEFT);
        top.getStyleClass().add("step-header");
        setTop(top);

        panelBox.getStyleClass().add("panel-list");
        VBox content = new VBox(12, panelBox);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        scroll.setId("labPanelsScroll");
        setCenter(scroll);

        VBox chartBox = new VBox(8);
        chartBox.getStyleClass().add("chart-column");
        for (Analyte a : BloodCountStepViewModel.CHARTED) {
            TimelineChart chart = new TimelineChart(a.label() + " (" + CodeLabels.of(a.canonicalUnit(null)) + ")",
                    OptionalDouble.empty(), OptionalDouble.empty());
            chart.setId("chart-" + a.code());
            VBox.setVgrow(chart, Priority.ALWAYS);
            charts.put(a, chart);
            chartBox.getChildren().add(chart);
        }
        chartBox.getChildren().add(legend());
        // Beside the step list and the decision a 1280 wide window leaves this step under 600 pixels: the charts
        // go beneath the panels, in the same scroll, rather than squeeze the value boxes to a sliver.
        WidthSwitch.at(this, CHARTS_BESIDE_FROM, wide -> {
            content.getChildren().remove(chartBox);
            setRight(null);
            for (Node chart : chartBox.getChildren()) {
                if (chart instanceof TimelineChart c) {
                    c.setPrefHeight(wide ? Region.USE_COMPUTED_SIZE : CHART_HEIGHT_BENEATH);
                }
            }
            if (wide) {
                setRight(chartBox);
            } else {
                content.getChildren().add(chartBox);
            }
        });

        vm.panels().addListener((ListChangeListener<LabPanelEntry>) c -> showPanels());
        vm.chartChanges().addListener(o -> redrawCharts());
        showPanels();
        redrawCharts();
    }

    FieldDecorations decorations() {
        return decorations;
    }

    /** The chart of one lab, for tests and the consultation's snapshot. */
    TimelineChart chart(Analyte analyte) {
        return charts.get(analyte);
    }

    private void redrawCharts() {
        List<java.time.LocalDateTime> doses = vm.injectionDays().stream().map(LocalDate::atStartOfDay).toList();
        Map<Analyte, List<TimelineChart.Point>> points = new HashMap<>();
        for (Analyte a : BloodCountStepViewModel.CHARTED) {
            points.put(a, vm.trend(a).stream()
                    .map(p -> new TimelineChart.Point(p.day().atStartOfDay(), p.value(), !p.onRecord())).toList());
        }
        List<TimelineChart.Point> all = points.values().stream().flatMap(List::stream).toList();
        TimelineChart.TimeAxis axis = all.isEmpty() && doses.isEmpty() ? null : TimelineChart.TimeAxis.over(all, doses);
        for (Analyte a : BloodCountStepViewModel.CHARTED) {
            charts.get(a).show(points.get(a), doses, vm.normalBand(a), axis);
        }
    }

    private Node legend() {
        Label legend = new Label("Shaded: normal under the limits in Settings. Dashed: a dose. Hollow: typed today.");
        legend.getStyleClass().add("field-hint");
        legend.setWrapText(true);
        return legend;
    }

    private void showPanels() {
        cards.keySet().retainAll(vm.panels());
        panelBox.getChildren().setAll(vm.panels().stream().map(p -> cards.computeIfAbsent(p, this::card)).toList());
    }

    private Node card(LabPanelEntry panel) {
        return panel.isOnRecord() ? recordCard(panel) : typedCard(panel, ++typedPanels);
    }

    private Node recordCard(LabPanelEntry panel) {
        LabPanelEntry p = panel;
        Label day = new Label(TypedDates.format(p.recorded().orElseThrow().takenOn()));
        day.getStyleClass().add("section-title");
        Label badge = new Label("on record");
        badge.getStyleClass().add("record-badge");
        HBox head = new HBox(10, day, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = grid();
        int row = 0;
        for (Analyte a : ORDER) {
            LabValueEntry v = p.value(a);
            if (v.isBlank()) {
                continue;
            }
            Label name = new Label(a.label());
            name.getStyleClass().add("analyte-name");
            Label value = new Label(v.valueProperty().get() + " " + CodeLabels.of(v.unitProperty().get()));
            value.getStyleClass().add("recorded-value");
            // A value on record is never cut to "...": the limits beside it wrap instead.
            value.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label limits = limits(a, v);
            limits.setMinWidth(LIMITS_MIN_WIDTH);
            GridPane.setHgrow(limits, Priority.ALWAYS);
            grid.addRow(row++, name, value, limits);
        }
        VBox card = new VBox(8, head, grid);
        card.getStyleClass().addAll("lab-panel", "on-record");
        card.setAccessibleText("Lab panel of " + p.takenOnProperty().get() + ", on record");
        return card;
    }

    private Node typedCard(LabPanelEntry p, int number) {
        String prefix = "panel" + number;
        TextField date = new TextField();
        date.setId(prefix + "-date");
        date.setPromptText("YYYY-MM-DD");
        date.setPrefColumnCount(9);
        date.textProperty().bindBidirectional(p.takenOnProperty());
        decorations.decorate(date, p.dateMessageProperty());
        Label dateCaption = new Label("New panel, taken on");
        dateCaption.getStyleClass().add("section-title");
        dateCaption.setLabelFor(date);
        date.setAccessibleText("Date the blood was taken, new panel " + number);
        Button remove = new Button("Remove");
        remove.setId(prefix + "-remove");
        remove.setAccessibleText("Remove new panel " + number);
        remove.setOnAction(e -> vm.removePanel(p));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Region keep : List.of(dateCaption, date, remove)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox head = new HBox(10, dateCaption, date, gap, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        Label dateMessage = Fields.message(date, p.dateMessageProperty(), prefix + "-date-message");

        GridPane grid = grid();
        int row = 0;
        for (Analyte a : ORDER) {
            LabValueEntry v = p.value(a);
            String id = prefix + "-" + a.code();
            Label name = new Label(a == Analyte.B12 || a == Analyte.FOLATE ? a.label() + ", when known" : a.label());
            name.getStyleClass().add("analyte-name");
            TextField value = new TextField();
            value.setId(id);
            value.setPrefColumnCount(6);
            value.textProperty().bindBidirectional(v.valueProperty());
            value.setAccessibleText(a.label() + ", new panel " + number);
            name.setLabelFor(value);
            decorations.decorate(value, v.messageProperty());
            ComboBox<LabUnit> unit = new ComboBox<>();
            unit.setId(id + "-unit");
            unit.getStyleClass().add("unit-choice");
            unit.getItems().setAll(a.acceptedUnits());
            unit.valueProperty().bindBidirectional(v.unitProperty());
            unit.setConverter(UNIT_WORDS);
            unit.setButtonCell(new UnitCell());
            unit.setAccessibleText("Unit of " + a.label() + ", new panel " + number);
            unit.setDisable(a.acceptedUnits().size() == 1);
            name.setMinWidth(Region.USE_PREF_SIZE);
            value.setMinWidth(Region.USE_PREF_SIZE);
            unit.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, name, value, unit);
            // The limits and the message under the value, not beside it: in a narrow step a third column
            // squeezed the limits to a character a line.
            Label message = Fields.message(value, v.messageProperty(), id + "-message");
            message.getStyleClass().add("value-message");
            VBox under = new VBox(2, limits(a, v), message);
            under.getStyleClass().add("value-under");
            grid.add(under, 1, row++, 2, 1);
        }
        VBox card = new VBox(8, head, dateMessage, grid);
        card.getStyleClass().addAll("lab-panel", "typed");
        return card;
    }

    private Label limits(Analyte a, LabValueEntry v) {
        Label limits = new Label();
        limits.getStyleClass().add("lab-limits");
        limits.setWrapText(true);
        limits.textProperty().bind(Bindings.createStringBinding(() -> vm.limitsText(a, v.unitProperty().get()),
                v.unitProperty()));
        return limits;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        // The names line up in a column as wide as the longest ("Vitamin B12, when known").
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(150);
        grid.getColumnConstraints().add(names);
        grid.getStyleClass().add("lab-grid");
        return grid;
    }

    private static final StringConverter<LabUnit> UNIT_WORDS = new StringConverter<>() {
        @Override
        public String toString(LabUnit unit) {
            return unit == null ? "" : CodeLabels.of(unit);
        }

        @Override
        public LabUnit fromString(String text) {
            return null;
        }
    };

    private static final class UnitCell extends ListCell<LabUnit> {
        @Override
        protected void updateItem(LabUnit unit, boolean empty) {
            super.updateItem(unit, empty);
            setText(empty || unit == null ? "" : CodeLabels.of(unit));
        }
    }
}
