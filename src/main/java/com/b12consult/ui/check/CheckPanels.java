package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Coded;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.Product;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.SymptomCode;
import com.b12consult.ui.Fields;
import com.b12consult.ui.SuddenOnsetBox;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The cards of the check screen below the banner; each binds to the view models and decides nothing. */
final class CheckPanels {
    private final PreInjectionCheckViewModel model;
    private final PrescriptionFormViewModel prescriptionForm;
    private final FollowUpViewModel followUp;

    CheckPanels(PreInjectionCheckViewModel model, PrescriptionFormViewModel prescriptionForm,
                FollowUpViewModel followUp) {
        this.model = model;
        this.prescriptionForm = prescriptionForm;
        this.followUp = followUp;
    }

    Node patientHeader() {
        Label name = new Label();
        name.setId("checkPatient");
        name.getStyleClass().add("screen-title");
        name.textProperty().bind(Bindings.createStringBinding(() -> model.recordProperty().get() == null ? ""
                : model.recordProperty().get().patient().name() + "  ·  "
                + model.recordProperty().get().patient().identifier(), model.recordProperty()));
        return name;
    }

    Node recordCard() {
        VBox lines = new VBox(6);
        Runnable fill = () -> {
            lines.getChildren().clear();
            OnRecord r = model.recordProperty().get();
            if (r == null) {
                return;
            }
            for (RecordSummary.Line line : RecordSummary.of(r)) {
                Label caption = new Label(line.caption());
                caption.getStyleClass().add("field-label");
                caption.setMinWidth(130);
                Label text = new Label(line.text());
                text.setId(line.id());
                text.setWrapText(true);
                if (line.alert()) {
                    text.getStyleClass().add("record-alert");
                }
                lines.getChildren().add(new HBox(10, caption, text));
            }
        };
        model.recordProperty().addListener((obs, was, now) -> fill.run());
        fill.run();
        return card("On record", lines);
    }

    Node questionsCard() {
        VBox box = new VBox(8);
        for (TodayQuestion q : TodayQuestion.values()) {
            Answer a = model.answer(q);
            CheckBox ask = new CheckBox(q.question());
            ask.setId("ask-" + q.idSuffix());
            ask.setAccessibleText(q.question() + " Ticked means yes.");
            ask.setWrapText(true);
            ask.getStyleClass().add("question");
            ask.selectedProperty().bindBidirectional(a.yesProperty());
            if (q.aboutLastDose()) {
                ask.disableProperty().bind(Bindings.createBooleanBinding(() -> model.recordProperty().get() != null
                        && model.recordProperty().get().lastDose().isEmpty(), model.recordProperty()));
            }
            FlowPane signs = new FlowPane(12, 4);
            signs.getStyleClass().add("signs");
            signs.setMinWidth(0);
            for (SymptomCode code : q.signs()) {
                CheckBox sign = new CheckBox(CodeLabels.of(code));
                sign.setId("sign-" + q.idSuffix() + "-" + code.code());
                // A long sign wraps within the column rather than widen it when its question opens.
                sign.setWrapText(true);
                sign.maxWidthProperty().bind(signs.widthProperty());
                // Read alone, "fever" would not say which question it answers.
                sign.setAccessibleText(CodeLabels.of(code) + ", under: " + q.question());
                sign.selectedProperty().bindBidirectional(a.signProperty(code));
                signs.getChildren().add(sign);
            }
            Label assuming = new Label("Tick which. Until then the check counts it as " + CodeLabels.of(q.assumed()) + ".");
            assuming.getStyleClass().add("field-hint");
            assuming.setWrapText(true);
            VBox open = new VBox(4, signs);
            if (q.signs().size() > 1) {
                open.getChildren().add(assuming);
                assuming.visibleProperty().bind(Bindings.createBooleanBinding(a::assuming,
                        a.observables().toArray(javafx.beans.Observable[]::new)));
                assuming.managedProperty().bind(assuming.visibleProperty());
            }
            if (q == TodayQuestion.FEVER_NECK) {
                Label alone = Fields.hint("Counted as a fever alone, which is no red flag: no severe headache is on"
                        + " record since the last dose. If the patient has had a bad headache since, record it under"
                        + " \u201cAfter a dose: reported later\u201d, then answer again.");
                alone.setId("feverCountedAlone");
                alone.visibleProperty().bind(model.feverCountedAlone());
                alone.managedProperty().bind(alone.visibleProperty());
                open.getChildren().add(alone);
            }
            open.getStyleClass().add("question-signs");
            open.visibleProperty().bind(a.yesProperty().and(Bindings.size(signs.getChildren()).greaterThan(1)));
            open.managedProperty().bind(open.visibleProperty());
            box.getChildren().addAll(ask, open);
            if (q == TodayQuestion.HEADACHE) {
                // Between the question and its signs: ticking either one moves nothing above the pointer.
                SuddenOnsetAsk asked = model.suddenOnset();
                box.getChildren().add(box.getChildren().indexOf(open), SuddenOnsetBox.of(asked.yesProperty(),
                        asked.offeredProperty(), asked.findingProperty(), "a sudden severe headache today"));
            }
        }
        box.getChildren().add(exerciseField());
        // Until this is ticked an unticked question is not yet a "no": the banner says the check is not done.
        CheckBox asked = new CheckBox("All of today's questions asked (a question left unticked is a \"no\")");
        asked.setId("questionsAsked");
        asked.setWrapText(true);
        asked.getStyleClass().add("questions-asked");
        asked.selectedProperty().bindBidirectional(model.questionsAskedProperty());
        box.getChildren().add(asked);
        return card("Today: ask the patient", box);
    }

    Node doseCard() {
        DoseDrawnUp dose = model.dose();
        ToggleGroup products = new ToggleGroup();
        FlowPane productBox = new FlowPane(16, 6);
        for (Product p : Product.values()) {
            RadioButton b = new RadioButton(CodeLabels.of(p));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("product-" + p.code());
            b.setToggleGroup(products);
            b.setUserData(p);
            productBox.getChildren().add(b);
        }
        bindToggles(products, dose.productProperty());
        Label productError = errorLabel(dose.productMessage(), "productError");

        TextField micrograms = new TextField();
        micrograms.setId("doseDrawnUp");
        micrograms.setPromptText("micrograms, as drawn up");
        micrograms.textProperty().bindBidirectional(dose.doseProperty());

        ToggleGroup sites = new ToggleGroup();
        GridPane siteGrid = new GridPane();
        siteGrid.setHgap(16);
        siteGrid.setVgap(6);
        InjectionSite[] all = InjectionSite.values();
        for (int i = 0; i < all.length; i++) {
            RadioButton b = new RadioButton(CodeLabels.of(all[i]));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("site-" + all[i].code());
            b.setToggleGroup(sites);
            b.setUserData(all[i]);
            siteGrid.add(b, i % 2, i / 2);
        }
        bindToggles(sites, dose.siteProperty());
        Label suggested = new Label();
        suggested.setId("suggestedSite");
        suggested.getStyleClass().add("field-hint");
        suggested.setWrapText(true);
        // as wide as the sites above it, so that it wraps under them rather than push the column wider
        suggested.maxWidthProperty().bind(siteGrid.widthProperty());
        suggested.textProperty().bind(Bindings.createStringBinding(() -> model.suggestedSiteProperty().get() == null
                ? "" : "Suggested: " + CodeLabels.of(model.suggestedSiteProperty().get())
                + ", away from the last site.", model.suggestedSiteProperty()));
        Label siteError = errorLabel(dose.siteMessage(), "siteError");

        VBox productField = new VBox(5, caption("Product in the syringe"), productBox, productError);
        VBox siteField = new VBox(5, caption("Site"), siteGrid, suggested, siteError);
        VBox doseField = Fields.labelled("Dose drawn up (micrograms)", micrograms, dose.doseMessage(), "doseError");
        // A flow: beside the due list at 1280 wide the sites go under the product instead of cutting to "left up..."
        FlowPane row = new FlowPane(32, 12, new VBox(12, productField, doseField), siteField);
        return card("The dose drawn up", row);
    }

    Node outcomeCard() {
        DoseDrawnUp dose = model.dose();
        TextField time = field("givenAt", "YYYY-MM-DD HH:MM", dose.givenAtProperty());
        TextField lot = field("lotNumber", "as printed on the ampoule", dose.lotNumberProperty());
        TextField expiry = field("lotExpiry", "YYYY-MM-DD", dose.lotExpiryProperty());
        TextField by = field("givenBy", "initials", dose.givenByProperty());
        // Fixed widths in a flow: each prompt shows whole, and a narrow window moves a field to the next line.
        FlowPane details = new FlowPane(16, 8,
                Fields.fixedWidth(Fields.labelled("Time given", time, dose.givenAtMessage(), "givenAtError"), time, 182),
                Fields.fixedWidth(Fields.labelled("Lot number", lot, dose.lotMessage(), "lotError"), lot, 215),
                Fields.fixedWidth(Fields.labelled("Lot expiry", expiry, dose.expiryMessage(), "expiryError"), expiry,
                        150),
                Fields.fixedWidth(Fields.labelled("Given by", by, dose.givenByMessage(), "givenByError"), by, 120));

        TextArea override = new TextArea();
        override.setId("overrideReason");
        override.setPrefRowCount(2);
        override.setWrapText(true);
        override.setPromptText("Only to give a dose on HOLD: why, and who agreed");
        override.textProperty().bindBidirectional(model.overrideReasonProperty());
        VBox overrideField = Fields.labelled("Override reason (goes to the audit log)", override,
                model.overrideMessage(), "overrideError");
        overrideField.visibleProperty().bind(PreInjectionCheckView.decisionIs(model, DecisionStatus.HOLD));
        overrideField.managedProperty().bind(overrideField.visibleProperty());

        TextField reason = field("outcomeReason", "why the dose is held or not given", model.reasonProperty());
        VBox reasonField = Fields.labelled("Reason (held, refused, not given)", reason, model.reasonMessage(),
                "outcomeReasonError");

        VBox box = new VBox(12, details, overrideField, reasonField,
                Fields.hint("Then record it with the buttons at the foot of the screen: Given, Held, Refused or"
                        + " Not given."));
        return card("Record the outcome", box);
    }

    /**
     * Given, Held, Refused and Not given, with what they answer: at the foot of the screen, under the findings,
     * always in view however many findings there are (issue 13), as the banner above them is.
     */
    Node outcomeButtons() {
        Button given = button("recordGiven", "Given", () -> model.recordGiven());
        given.getStyleClass().add("primary");
        given.disableProperty().bind(PreInjectionCheckView.decisionIs(model, DecisionStatus.URGENT)
                .or(model.recordProperty().isNull()).or(model.standing()));
        Button held = button("recordHeld", "Held", () -> model.recordHeld());
        Button refused = button("recordRefused", "Refused by the patient", () -> model.recordRefused());
        Button notGiven = button("recordNotGiven", "Not given", () -> model.recordNotGiven());
        Label neverUrgent = Fields.hint("The dose cannot be recorded as given: URGENT, or a HOLD that stands until a"
                + " prescriber's review.");
        neverUrgent.visibleProperty().bind(given.disabledProperty().and(model.recordProperty().isNotNull()));
        neverUrgent.managedProperty().bind(neverUrgent.visibleProperty());
        Button handout = button("checkHandout", "Handout for the patient", () -> model.openHandout());
        handout.disableProperty().bind(model.handoutReady().not());
        FlowPane buttons = new FlowPane(10, 8, given, held, refused, notGiven, handout);
        buttons.getStyleClass().add("form-buttons");
        for (Button b : java.util.List.of(given, held, refused, notGiven, handout)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox bar = new VBox(6, buttons, neverUrgent, Fields.status(model.failure(), "outcomeFailure", "error"),
                Fields.status(model.outcomeMessage(), "outcomeMessage"));
        bar.setId("outcomeBar");
        bar.getStyleClass().add("outcome-bar");
        bar.visibleProperty().bind(model.recordProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    Node historyCard() {
        VBox lines = new VBox(4);
        lines.setId("doseHistory");
        DoseCorrectionViewModel correction = followUp.correction();
        Runnable fill = () -> {
            lines.getChildren().clear();
            OnRecord r = model.recordProperty().get();
            if (r != null) {
                r.outcomes().forEach(o -> lines.getChildren().add(historyLine(o, correction)));
                if (r.outcomes().isEmpty()) {
                    lines.getChildren().add(Fields.hint("No checked dose on record yet."));
                }
            }
        };
        model.recordProperty().addListener((obs, was, now) -> {
            correction.cancel();
            fill.run();
        });
        fill.run();
        return card("Due doses and what became of them", lines, correctionForm(correction));
    }

    /** One outcome as recorded; one entered in error stays, crossed out, with its correction under it. */
    private static Node historyLine(DoseOutcome o, DoseCorrectionViewModel correction) {
        Label text = new Label(RecordSummary.outcome(o));
        text.setWrapText(true);
        text.setId("outcome-" + o.id());
        if (!o.stands()) {
            text.getStyleClass().add("entered-in-error");
            Label why = new Label(RecordSummary.correction(o));
            why.setWrapText(true);
            why.setId("outcome-" + o.id() + "-correction");
            why.getStyleClass().add("correction-note");
            return new VBox(2, text, why);
        }
        Button mark = new Button("Entered in error...");
        mark.setId("correct-" + o.id());
        mark.getStyleClass().add("link-button");
        mark.setAccessibleText("Mark this outcome entered in error: " + RecordSummary.outcome(o));
        mark.setMinWidth(Region.USE_PREF_SIZE);
        mark.setOnAction(e -> correction.start(o));
        HBox line = new HBox(12, text, mark);
        HBox.setHgrow(text, Priority.ALWAYS);
        return line;
    }

    private Node correctionForm(DoseCorrectionViewModel correction) {
        Label what = new Label();
        what.setWrapText(true);
        what.textProperty().bind(Bindings.createStringBinding(() -> correction.correctingProperty().get() == null ? ""
                : "Mark entered in error: " + RecordSummary.outcome(correction.correctingProperty().get())
                        + ". It stays on record, crossed out; a dose given in error no longer counts as a dose.",
                correction.correctingProperty()));
        TextField reason = new TextField();
        reason.setId("doseCorrectionReason");
        reason.setPromptText("why, e.g. recorded for the wrong patient");
        reason.textProperty().bindBidirectional(correction.reasonProperty());
        Button save = button("saveDoseCorrection", "Mark entered in error", () -> {
            if (correction.save()) {
                model.reload();
            }
        });
        Button cancel = button("cancelDoseCorrection", "Cancel", correction::cancel);
        VBox form = new VBox(8, what, Fields.labelled("Reason", reason, correction.reasonMessage(), "doseCorrectionReasonError"),
                new HBox(8, save, cancel), Fields.status(correction.failure(), "doseCorrectionFailure", "error"));
        form.setId("doseCorrectionForm");
        form.visibleProperty().bind(correction.correctingProperty().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
        return new VBox(8, form, Fields.status(correction.outcome(), "doseCorrectionOutcome"));
    }

    Node prescriptionCard() {
        ComboBox<Product> product = combo("rxProduct", Product.values(), prescriptionForm.productProperty());
        TextField dose = field("rxDose", "micrograms", prescriptionForm.doseProperty());
        TextField every = field("rxLoadingEvery", "days", prescriptionForm.loadingEveryProperty());
        TextField lasting = field("rxLoadingFor", "days", prescriptionForm.loadingForProperty());
        TextField maintenance = field("rxMaintenance", "days", prescriptionForm.maintenanceEveryProperty());
        TextField start = field("rxStart", "YYYY-MM-DD", prescriptionForm.startDateProperty());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.add(Fields.labelled("Product", product, prescriptionForm.productMessage(), "rxProductError"), 0, 0);
        grid.add(Fields.labelled("Dose (micrograms)", dose, prescriptionForm.doseMessage(), "rxDoseError"), 1, 0);
        grid.add(Fields.labelled("Start date", start, prescriptionForm.startMessage(), "rxStartError"), 2, 0);
        grid.add(Fields.labelled("Loading: every (days)", every, null, null), 0, 1);
        grid.add(Fields.labelled("Loading: for (days)", lasting, prescriptionForm.loadingMessage(), "rxLoadingError"), 1, 1);
        grid.add(Fields.labelled("Then every (days)", maintenance, prescriptionForm.maintenanceMessage(),
                "rxMaintenanceError"), 2, 1);
        Button save = button("savePrescription", "Save prescription", () -> {
            OnRecord r = model.recordProperty().get();
            if (r != null && prescriptionForm.save(r.patient()).isPresent()) {
                model.reload();
            }
        });
        save.getStyleClass().add("primary");
        Node card = card("No prescription: record the prescriber's order", new VBox(10,
                Fields.hint("Leave both loading fields empty for no loading course."), grid, save,
                Fields.status(prescriptionForm.failure(), "rxFailure", "error")));
        card.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.recordProperty().get() != null
                && model.recordProperty().get().prescription().isEmpty(), model.recordProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    Node followUpCard() {
        ComboBox<RecordedInjection> dose = new ComboBox<>();
        dose.setId("followUpDose");
        dose.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecordedInjection r) {
                return r == null ? "" : RecordSummary.dose(r.injection());
            }

            @Override
            public RecordedInjection fromString(String s) {
                return null;
            }
        });
        dose.valueProperty().bindBidirectional(followUp.doseProperty());
        model.recordProperty().addListener((obs, was, now) -> {
            dose.getItems().setAll(now == null ? java.util.List.of() : now.injections());
            followUp.doseProperty().set(now == null ? null : now.lastDose().orElse(null));
        });
        FlowPane reactions = new FlowPane(12, 4);
        for (SymptomCode c : TodayQuestion.REACTIONS.signs()) {
            CheckBox b = new CheckBox(CodeLabels.of(c));
            b.setId("later-" + c.code());
            b.selectedProperty().bindBidirectional(followUp.reactionProperty(c));
            reactions.getChildren().add(b);
        }
        Button saveReactions = button("recordLaterReactions", "Record reactions", () -> {
            if (followUp.recordReactions()) {
                model.reload();
            }
        });
        TextField onset = field("headacheOnset", "YYYY-MM-DD HH:MM", followUp.headacheOnsetProperty());
        TextField severity = field("headacheSeverity", "0 to 10", followUp.headacheSeverityProperty());
        ComboBox<HeadacheType> type = combo("headacheType", HeadacheType.values(), followUp.headacheTypeProperty());
        Button saveHeadache = button("recordLaterHeadache", "Record headache", () -> {
            if (followUp.recordHeadache()) {
                model.reload();
            }
        });
        HBox headache = new HBox(12, Fields.labelled("Headache began", onset, null, null),
                Fields.labelled("Severity", severity, null, null), Fields.labelled("Type", type, null, null));
        VBox box = new VBox(10, Fields.labelled("The dose it followed", dose, null, null), caption("Reactions"),
                reactions, saveReactions, headache, saveHeadache,
                Fields.status(followUp.failure(), "followUpFailure", "error"),
                Fields.status(followUp.message(), "followUpMessage"));
        Node card = card("After a dose: reported later", box);
        card.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.recordProperty().get() != null
                && model.recordProperty().get().lastDose().isPresent(), model.recordProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static <T> void bindToggles(ToggleGroup group, ObjectProperty<T> value) {
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            @SuppressWarnings("unchecked")
            T picked = now == null ? null : (T) now.getUserData();
            if (picked != value.get()) {
                value.set(picked);
            }
        });
        Runnable show = () -> group.getToggles().stream().filter(t -> t.getUserData() == value.get()).findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
        value.addListener((obs, was, now) -> show.run());
        show.run();
    }

    /**
     * Today's exercise plan, "Not asked" until the nurse picks one; the line below says which plan the check goes by
     * meanwhile (the consultation's), and keeps its place either way so nothing under it moves.
     */
    private Node exerciseField() {
        ComboBox<PlannedExercise> exercise = combo("exercise", PlannedExercise.values(), model.exerciseProperty());
        exercise.getItems().add(0, null);
        exercise.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlannedExercise v) {
                return v == null ? NOT_ASKED : CodeLabels.of(v);
            }

            @Override
            public PlannedExercise fromString(String s) {
                return null;
            }
        });
        exercise.setButtonCell(exerciseCell(exercise, true));
        exercise.setCellFactory(list -> exerciseCell(exercise, false));
        Label going = new Label();
        going.setId("exerciseGoingBy");
        going.setWrapText(true);
        going.getStyleClass().add("field-hint");
        going.textProperty().bind(Bindings.createStringBinding(() -> model.exerciseProperty().get() != null
                ? "As the patient said today."
                : model.knownExercise().map(k -> "Not asked yet: the check goes by the last plan known, " + k + ".")
                        .orElse("Not asked yet, and no plan on record: no exercise advice is given until asked."),
                model.exerciseProperty(), model.recordProperty()));
        return new VBox(2, Fields.labelled("Exercise planned today", exercise, null, null), going);
    }

    private static final String NOT_ASKED = "Not asked";

    /** A cell that shows the empty choice as "Not asked"; the button shows it even when the skin calls it empty. */
    private static ListCell<PlannedExercise> exerciseCell(ComboBox<PlannedExercise> box, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(PlannedExercise item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && !button ? null : box.getConverter().toString(item));
            }
        };
    }

    private static <T extends Coded> ComboBox<T> combo(String id, T[] values, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : CodeLabels.of(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A field message for a group of buttons, which has no text box to mark. */
    private static Label errorLabel(javafx.beans.value.ObservableStringValue message, String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Node card(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox card = new VBox(12, t);
        card.getChildren().addAll(content);
        card.getStyleClass().addAll("form-card", "check-card");
        return card;
    }

}
