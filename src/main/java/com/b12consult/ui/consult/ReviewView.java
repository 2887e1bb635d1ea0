package com.b12consult.ui.consult;

import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.ui.Fields;
import com.b12consult.ui.FindingCard;
import com.b12consult.ui.GrowOnlyPane;
import com.b12consult.ui.StillUnderPointer;
import com.b12consult.ui.SuddenOnsetBox;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Review step: the decision banner fixed at the top; beneath it, what the findings leave out, what still
 * stands in the way of saving, the findings by topic with a tick for each checklist item and an answer for
 * each urgent or warning alert, and the clinician's note.
 */
public final class ReviewView extends BorderPane {
    private final ReviewStepViewModel vm;
    private final VBox findings = new VBox(14);

    public ReviewView(ReviewStepViewModel vm) {
        this.vm = vm;
        getStylesheets().add(FindingCards.stylesheet());
        getStyleClass().add("review-step");
        // One consultation per review: the banner's room is never given back while it is open.
        setTop(new GrowOnlyPane(FindingCards.banner(vm.banner())));

        Label pending = new Label();
        pending.setId("pendingNotice");
        pending.getStyleClass().add("pending-notice");
        pending.setWrapText(true);
        pending.setMaxWidth(Double.MAX_VALUE);
        pending.textProperty().bind(vm.pendingNotice());
        pending.visibleProperty().bind(pending.textProperty().isNotEmpty());
        pending.managedProperty().bind(pending.visibleProperty());

        findings.setId("reviewFindings");
        vm.groups().addListener((ListChangeListener<FindingGroup>) c -> fillFindings());
        fillFindings();

        VBox body = new VBox(16, pending, blockers(), findings, note());
        // Above what the answer changes (what stands in the way of saving, the findings), so the tick stays put.
        vm.suddenOnset().ifPresent(q -> body.getChildren().add(1, SuddenOnsetBox.of(q.yesProperty(),
                q.offeredProperty(), q.findingProperty(), "a current symptom, sudden severe headache (Clot risk step)")));
        body.getStyleClass().add("review-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setId("reviewScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        setCenter(scroll);
        // The banner above grows for an urgent decision: what the clinician just ticked stays under the pointer.
        vm.banner().addListener(x -> StillUnderPointer.keep(scroll));
    }

    private Node blockers() {
        Label title = new Label("Before saving");
        title.getStyleClass().add("blockers-title");
        Label list = new Label();
        list.setId("saveBlockersList");
        list.setWrapText(true);
        list.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                vm.saveBlockers().stream().map(b -> "\u2022 " + b).toList()), vm.saveBlockers()));
        VBox box = new VBox(4, title, list);
        box.getStyleClass().add("save-blockers");
        box.setId("saveBlockers");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.saveBlockers()));
        box.managedProperty().bind(box.visibleProperty());
        box.setAccessibleText("Before saving");
        return box;
    }

    private void fillFindings() {
        findings.getChildren().clear();
        if (vm.groups().isEmpty()) {
            findings.getChildren().add(Fields.hint("No rule fired on what is entered so far."));
        }
        for (FindingGroup group : vm.groups()) {
            VBox section = new VBox(8, FindingCards.topicHeading(group));
            section.getStyleClass().add("topic-section");
            for (Finding f : group.findings()) {
                section.getChildren().add(withControls(f));
            }
            findings.getChildren().add(section);
        }
    }

    private Node withControls(Finding f) {
        VBox card = FindingCard.of(f);
        if (f.kind() == FindingKind.CHECKLIST) {
            vm.tickFor(f.id()).ifPresent(tick -> {
                CheckBox done = new CheckBox("Done");
                done.setId(FindingCards.idOf("tick", f));
                done.setAccessibleText("Done: " + f.title());
                done.selectedProperty().bindBidirectional(tick);
                card.getChildren().add(done);
            });
        }
        vm.answerFor(f.id()).ifPresent(form -> card.getChildren().add(answer(f, form)));
        return card;
    }

    private Node answer(Finding f, AlertAnswerForm form) {
        ToggleGroup choice = new ToggleGroup();
        RadioButton actedOn = new RadioButton("_Acted on");
        actedOn.setMnemonicParsing(true);
        actedOn.setId(FindingCards.idOf("actedOn", f));
        actedOn.setUserData(AlertResponse.ACTED_ON);
        actedOn.setAccessibleText("Acted on: " + f.title());
        RadioButton notApplicable = new RadioButton("_Not applicable");
        notApplicable.setMnemonicParsing(true);
        notApplicable.setId(FindingCards.idOf("notApplicable", f));
        notApplicable.setUserData(AlertResponse.NOT_APPLICABLE);
        notApplicable.setAccessibleText("Not applicable: " + f.title());
        actedOn.setToggleGroup(choice);
        notApplicable.setToggleGroup(choice);
        Runnable fromModel = () -> choice.selectToggle(form.responseProperty().get() == AlertResponse.ACTED_ON
                ? actedOn : form.responseProperty().get() == AlertResponse.NOT_APPLICABLE ? notApplicable : null);
        fromModel.run();
        form.responseProperty().addListener((obs, was, now) -> fromModel.run());
        choice.selectedToggleProperty().addListener((obs, was, now) ->
                form.responseProperty().set(now == null ? null : (AlertResponse) now.getUserData()));

        TextField reason = new TextField();
        reason.setId(FindingCards.idOf("reason", f));
        reason.setPromptText("Why it does not apply, or what was done");
        reason.textProperty().bindBidirectional(form.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Label caption = new Label("Reason");
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(reason);
        reason.setAccessibleText("Reason for " + f.title());
        Label message = Fields.message(reason, form.reasonMessage(), FindingCards.idOf("reasonMessage", f));

        Label ask = new Label("Your answer (needed before saving):");
        ask.getStyleClass().add("answer-question");
        HBox choices = new HBox(18, actedOn, notApplicable);
        VBox box = new VBox(6, ask, choices, new VBox(2, caption, reason, message));
        box.getStyleClass().add("alert-answer");
        return box;
    }

    private Node note() {
        TextArea note = new TextArea();
        note.setId("consultationNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        VBox field = Fields.labelled("Note for the record", note, null, null);
        field.getStyleClass().add("review-note");
        return field;
    }
}
