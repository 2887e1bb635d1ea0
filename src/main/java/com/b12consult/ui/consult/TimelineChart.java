package com.b12consult.ui.consult;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A small chart of one measure over time: values joined by a line, the normal band shaded, and the doses as
 * dashed vertical lines. Drawn on a canvas rather than a LineChart: a shaded band and time-placed marks are a
 * few lines here and a fight with the chart's axes there.
 */
final class TimelineChart extends Region {
    /** A value at a moment; {@code typed} for one entered in this consultation (drawn hollow). */
    record Point(LocalDateTime at, double value, boolean typed) {
    }

    // The palette of variables.css: a canvas cannot read CSS variables.
    private static final Color INK = Color.web("#1f2d38");
    private static final Color MUTED = Color.web("#5a6b78");
    private static final Color LINE = Color.web("#d3dce3");
    private static final Color ACCENT = Color.web("#2b6f84");
    private static final Color BAND = Color.web("#2f6b45", 0.16);
    private static final Color DOSE = Color.web("#b0611c");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final double LEFT = 46;
    private static final double RIGHT = 14;
    private static final double TOP = 26;
    private static final double BOTTOM = 22;

    private final Canvas canvas = new Canvas();
    private final String title;
    private final OptionalDouble fixedMin;
    private final OptionalDouble fixedMax;
    private List<Point> points = List.of();
    private List<LocalDateTime> doses = List.of();
    private NormalBand band = new NormalBand(OptionalDouble.empty(), OptionalDouble.empty());
    private TimeAxis axis;

    /** {@code fixedMin}/{@code fixedMax} pin the value axis (a 0 to 10 severity scale); empty fits the data. */
    TimelineChart(String title, OptionalDouble fixedMin, OptionalDouble fixedMax) {
        this.title = title;
        this.fixedMin = fixedMin;
        this.fixedMax = fixedMax;
        getChildren().add(canvas);
        getStyleClass().add("timeline-chart");
        setMinHeight(120);
    }

    void show(List<Point> points, List<LocalDateTime> doses, NormalBand band) {
        show(points, doses, band, null);
    }

    /** With {@code axis} shared by charts stacked together, so one day sits at one place on all of them. */
    void show(List<Point> points, List<LocalDateTime> doses, NormalBand band, TimeAxis axis) {
        this.axis = axis;
        this.points = List.copyOf(points);
        this.doses = List.copyOf(doses);
        this.band = band;
        setAccessibleText(title + ": " + (points.isEmpty() ? "no values yet" : points.size() + " values, latest "
                + LabNumbers.plain(points.get(points.size() - 1).value())) + "; " + doses.size() + " doses marked");
        draw();
    }

    List<Point> points() {
        return points;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(0, getWidth()));
        canvas.setHeight(Math.max(0, getHeight()));
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < LEFT + RIGHT + 20 || h < TOP + BOTTOM + 20) {
            return;
        }
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(LINE);
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        g.setFill(INK);
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, 8, 6);

        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (points.isEmpty() && (doses.isEmpty() || axis == null)) {
            g.setFill(MUTED);
            g.setFont(Font.font(12));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("No values yet", LEFT + plotW / 2, TOP + plotH / 2 - 6);
            return;
        }
        TimeAxis x = axis != null ? axis : TimeAxis.over(points, doses);
        double[] range = valueRange();
        double lo = range[0];
        double hi = range[1];
        java.util.function.DoubleUnaryOperator yOf = v -> TOP + plotH - (v - lo) / (hi - lo) * plotH;
        java.util.function.ToDoubleFunction<LocalDateTime> xOf = t -> LEFT + x.fraction(t) * plotW;

        if (band.isKnown()) {
            double top = yOf.applyAsDouble(Math.min(hi, band.high().orElse(hi)));
            double bottom = yOf.applyAsDouble(Math.max(lo, band.low().orElse(lo)));
            g.setFill(BAND);
            g.fillRect(LEFT, top, plotW, Math.max(0, bottom - top));
        }
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double tick : ticks(lo, hi)) {
            double y = yOf.applyAsDouble(tick);
            g.setStroke(LINE);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.setFill(MUTED);
            g.fillText(LabNumbers.plain(tick), LEFT - 6, y);
        }
        g.setStroke(DOSE);
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        for (LocalDateTime dose : doses) {
            double dx = xOf.applyAsDouble(dose);
            g.strokeLine(dx, TOP, dx, TOP + plotH);
        }
        g.setLineDashes();
        // The first and last day with something on it, under where it is drawn: the axis ends are padding.
        g.setTextBaseline(VPos.TOP);
        g.setFill(MUTED);
        g.setTextAlign(TextAlignment.CENTER);
        List<LocalDateTime> events = new ArrayList<>(doses);
        points.forEach(p -> events.add(p.at()));
        LocalDateTime first = events.stream().min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime last = events.stream().max(LocalDateTime::compareTo).orElseThrow();
        double firstX = Math.max(LEFT + 18, xOf.applyAsDouble(first));
        double lastX = Math.min(LEFT + plotW - 18, xOf.applyAsDouble(last));
        g.fillText(DAY.format(first), firstX, TOP + plotH + 5);
        if (lastX - firstX > 60) {
            g.fillText(DAY.format(last), lastX, TOP + plotH + 5);
        }

        g.setStroke(ACCENT);
        g.setLineWidth(2);
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            g.strokeLine(xOf.applyAsDouble(a.at()), yOf.applyAsDouble(a.value()), xOf.applyAsDouble(b.at()),
                    yOf.applyAsDouble(b.value()));
        }
        for (Point p : points) {
            double px = xOf.applyAsDouble(p.at());
            double py = yOf.applyAsDouble(p.value());
            g.setFill(p.typed() ? Color.WHITE : ACCENT);
            g.fillOval(px - 4.5, py - 4.5, 9, 9);
            g.setStroke(ACCENT);
            g.strokeOval(px - 4.5, py - 4.5, 9, 9);
        }
    }

    /** The value axis: pinned when asked, else the values and the band's limits with a margin. */
    private double[] valueRange() {
        List<Double> values = new ArrayList<>();
        points.forEach(p -> values.add(p.value()));
        band.low().ifPresent(values::add);
        band.high().ifPresent(values::add);
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double margin = Math.max((max - min) * 0.15, Math.abs(max) * 0.1 + 1e-9);
        double lo = fixedMin.orElse(Math.max(0, min - margin));
        double hi = fixedMax.orElse(max + margin);
        return hi > lo ? new double[] {lo, hi} : new double[] {lo, lo + 1};
    }

    /** Three or four round numbers across the axis. */
    static List<Double> ticks(double lo, double hi) {
        double raw = (hi - lo) / 3;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) {
            ticks.add(Math.round(t * 1e6) / 1e6);
        }
        return ticks;
    }

    /** Time from a little before the first event to a little after the last, so edge points are not cut. */
    record TimeAxis(LocalDateTime start, LocalDateTime end) {
        static TimeAxis over(List<Point> points, List<LocalDateTime> doses) {
            List<LocalDateTime> all = new ArrayList<>(doses);
            points.forEach(p -> all.add(p.at()));
            LocalDateTime first = all.stream().min(LocalDateTime::compareTo).orElseThrow();
            LocalDateTime last = all.stream().max(LocalDateTime::compareTo).orElseThrow();
            long minutes = ChronoUnit.MINUTES.between(first, last);
            long pad = Math.max(minutes / 12, 12 * 60);
            return new TimeAxis(first.minusMinutes(pad), last.plusMinutes(pad));
        }

        double fraction(LocalDateTime t) {
            return (double) ChronoUnit.MINUTES.between(start, t) / ChronoUnit.MINUTES.between(start, end);
        }
    }
}
