package com.b12consult.ui.consult;

import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.ui.DecisionBanner;
import com.b12consult.ui.Fields;
import com.b12consult.ui.FindingCard;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The patient's past consultations: the list on the left, newest first; on the right the one chosen,
 * read-only and exactly as it was saved. Nothing here can be edited: it is shown in labels, not controls.
 */
public final class ConsultationHistoryView extends BorderPane {
    private static final DecisionBanner NONE_CHOSEN = new DecisionBanner("banner-none", "Choose a past consultation",
            "Its decision, findings, ticks, answers and note show here as they were saved.", "");

    private final ConsultationHistoryViewModel vm;
    private final VBox past = new VBox(14);
    /** Held here: a binding only its source knows of (weakly) would be collected and stop updating. */
    private final ObjectBinding<DecisionBanner> banner;

    public ConsultationHistoryView(ConsultationHistoryViewModel vm) {
        this.vm = vm;
        getStylesheets().add(FindingCards.stylesheet());
        getStyleClass().add("history-screen");
        setLeft(list());

        banner = Bindings.createObjectBinding(() -> vm.opened().get() == null
                ? NONE_CHOSEN : vm.opened().get().banner(), vm.opened());
        Label problem = Fields.status(vm.problem(), "historyProblem", "error");
        past.setId("pastConsultation");
        past.getStyleClass().add("past-body");
        vm.opened().addListener((obs, was, now) -> fill(now));
        fill(vm.opened().get());
        ScrollPane scroll = new ScrollPane(new VBox(12, problem, past));
        scroll.setId("pastScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        BorderPane right = new BorderPane(scroll);
        BorderPane.setMargin(scroll, new javafx.geometry.Insets(12, 0, 0, 0));
        right.setTop(FindingCards.banner(banner));
        setCenter(right);
    }

    private Node list() {
        Label title = new Label("Past consultations");
        title.getStyleClass().add("section-title");
        ListView<ConsultationHistoryViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("consultationHistory");
        list.setAccessibleText("Past consultations, newest first");
        Label none = Fields.hint("No consultation saved for this patient yet.");
        Label reading = Fields.hint("Loading the past consultations...");
        reading.setId("historyLoading");
        list.placeholderProperty().bind(Bindings.when(vm.loading()).<Node>then(reading).otherwise(none));
        list.setCellFactory(v -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && (vm.opened().get() == null || vm.opened().get().saved().id() != now.id())) {
                vm.open(now.id());
            }
        });
        // opened from elsewhere (the model): the list shows which one it is
        Runnable showOpened = () -> vm.rows().stream()
                .filter(r -> vm.opened().get() != null && r.id() == vm.opened().get().saved().id())
                .findFirst().ifPresent(r -> list.getSelectionModel().select(r));
        vm.opened().addListener((obs, was, now) -> showOpened.run());
        showOpened.run();
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, title, list);
        box.getStyleClass().add("history-list");
        BorderPane.setMargin(box, new javafx.geometry.Insets(0, 16, 0, 0));
        return box;
    }

    private static final class RowCell extends ListCell<ConsultationHistoryViewModel.Row> {
        @Override
        protected void updateItem(ConsultationHistoryViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label when = new Label(row.when());
            when.getStyleClass().add("due-name");
            Label what = new Label(row.decision() + "  \u00b7  " + row.who());
            what.getStyleClass().add("muted");
            setPrefWidth(0);
            setText(null);
            setGraphic(new VBox(2, when, what));
            setAccessibleText(row.when() + ", " + row.decision() + ", " + row.who());
        }
    }

    private void fill(PastConsultation p) {
        past.getChildren().clear();
        if (p == null) {
            return;
        }
        Label heading = new Label(p.heading());
        heading.setId("pastHeading");
        heading.getStyleClass().addAll("section-title", "past-heading");
        heading.setWrapText(true);
        past.getChildren().add(heading);
        if (!p.rulebookNotice().isEmpty()) {
            Label notice = new Label(p.rulebookNotice());
            notice.setId("rulebookNotice");
            notice.getStyleClass().add("rulebook-notice");
            notice.setWrapText(true);
            notice.setMaxWidth(Double.MAX_VALUE);
            past.getChildren().add(notice);
        }
        if (p.groups().isEmpty()) {
            past.getChildren().add(Fields.hint("No rule fired."));
        }
        for (FindingGroup group : p.groups()) {
            VBox section = new VBox(8, FindingCards.topicHeading(group));
            section.getStyleClass().add("topic-section");
            for (Finding f : group.findings()) {
                section.getChildren().add(withRecord(p, f));
            }
            past.getChildren().add(section);
        }
        Label noteTitle = new Label("Note for the record");
        noteTitle.getStyleClass().add("field-label");
        String note = p.saved().responses().note();
        Label noteText = new Label(note.isEmpty() ? "(no note)" : note);
        noteText.setId("pastNote");
        noteText.setWrapText(true);
        past.getChildren().add(new VBox(4, noteTitle, noteText));
    }

    private static Node withRecord(PastConsultation p, Finding f) {
        VBox card = FindingCard.of(f);
        if (f.kind() == FindingKind.CHECKLIST) {
            boolean done = p.ticked(f.id());
            Label tick = new Label(done ? "\u2713 Done" : "Not ticked");
            tick.setId(FindingCards.idOf("pastTick", f));
            tick.getStyleClass().add(done ? "tick-given" : "tick-open");
            card.getChildren().add(tick);
        }
        String answer = p.answerText(f.id());
        if (!answer.isEmpty()) {
            Label given = new Label("Answer: " + answer);
            given.setId(FindingCards.idOf("pastAnswer", f));
            given.getStyleClass().add("answer-given");
            given.setWrapText(true);
            card.getChildren().add(given);
        }
        return card;
    }
}
