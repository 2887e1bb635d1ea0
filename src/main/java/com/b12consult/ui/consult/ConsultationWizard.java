package com.b12consult.ui.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The pages of the open consultation in order, its steps and last the review, and which one the clinician is
 * on. Where they may go is derived from the pages' validity, never set by hand: Next from a page with nothing
 * to correct that is not the last, Back from any page but the first; saving while no page has anything to
 * correct, the assessment as a whole is sound, and the review has every alert answered.
 */
final class ConsultationWizard {
    private final ObservableList<ConsultationStep> pages = FXCollections.observableArrayList();
    // The same pages, each one's validity and problems observed through the list, so a flag follows a change on
    // any page; apart from the list shown, which is rebuilt on a change of pages, not of what they hold.
    private final ObservableList<ConsultationStep> watched =
            FXCollections.observableArrayList(p -> new Observable[] {p.validProperty(), p.problems()});
    private final ObservableList<ConsultationStep> pagesView = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyObjectWrapper<ConsultationStep> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<ReviewStepViewModel> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ObservableList<FieldProblem> assessmentProblems;
    private final ObservableList<FieldProblem> pending = FXCollections.observableArrayList();
    private final ObservableList<FieldProblem> pendingView = FXCollections.unmodifiableObservableList(pending);
    private List<ConsultationStep> steps = List.of();
    // Kept in fields: the bindings below listen to them weakly.
    private final ObservableValue<Boolean> currentValid = current.flatMap(ConsultationStep::validProperty).orElse(true);
    private final ObservableValue<Boolean> alertsAnswered = review.flatMap(ReviewStepViewModel::canSave).orElse(false);
    private final ReadOnlyBooleanWrapper pageValid = new ReadOnlyBooleanWrapper(this, "pageValid", true);
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper onLastPage = new ReadOnlyBooleanWrapper(this, "onLastPage");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");

    /** @param assessmentProblems what the assessment file format would refuse in the consultation as a whole */
    ConsultationWizard(ObservableList<FieldProblem> assessmentProblems) {
        this.assessmentProblems = Objects.requireNonNull(assessmentProblems, "assessmentProblems");
        pageValid.bind(Bindings.createBooleanBinding(currentValid::getValue, currentValid));
        canGoNext.bind(Bindings.createBooleanBinding(() -> at() >= 0 && at() < pages.size() - 1 && pageValid.get(),
                current, pages, pageValid));
        canGoBack.bind(Bindings.createBooleanBinding(() -> at() > 0, current, pages));
        onLastPage.bind(Bindings.createBooleanBinding(() -> at() >= 0 && at() == pages.size() - 1, current, pages));
        canSave.bind(Bindings.createBooleanBinding(() -> !watched.isEmpty()
                        && watched.stream().allMatch(p -> p.validProperty().get()) && assessmentProblems.isEmpty()
                        && alertsAnswered.getValue(), watched, assessmentProblems, alertsAnswered));
        watched.addListener((ListChangeListener<ConsultationStep>) c -> refreshPending());
        assessmentProblems.addListener((ListChangeListener<FieldProblem>) c -> refreshPending());
    }

    /** Shows the pages of a consultation just opened, from the first. */
    void show(ConsultationPages shown) {
        review.set(shown.review());
        steps = shown.steps();
        List<ConsultationStep> all = shown.inOrder();
        watched.setAll(all);
        pages.setAll(all);
        current.set(all.get(0));
    }

    /** No consultation: no pages. */
    void clear() {
        current.set(null);
        steps = List.of();
        watched.clear();
        pages.clear();
        review.set(null);
    }

    boolean next() {
        if (!canGoNext.get()) {
            return false;
        }
        current.set(pages.get(at() + 1));
        return true;
    }

    boolean back() {
        if (!canGoBack.get()) {
            return false;
        }
        current.set(pages.get(at() - 1));
        return true;
    }

    /** Goes straight to a page from the step list; problems in the page left stay marked there. */
    void goTo(ConsultationStep page) {
        if (pages.contains(page)) {
            current.set(page);
        }
    }

    private int at() {
        return pages.indexOf(current.get());
    }

    /** Every step's problems and the assessment's; not the review's own, which reads this list. */
    private void refreshPending() {
        List<FieldProblem> found = new ArrayList<>();
        for (ConsultationStep s : steps) {
            found.addAll(s.problems());
        }
        found.addAll(assessmentProblems);
        if (!found.equals(pending)) {
            pending.setAll(found);
        }
    }

    ObservableList<ConsultationStep> pages() {
        return pagesView;
    }

    ReadOnlyObjectProperty<ConsultationStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The last page, the review; null while no consultation is open. */
    ReadOnlyObjectProperty<ReviewStepViewModel> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    ObservableList<FieldProblem> pendingProblems() {
        return pendingView;
    }

    /** True while the page shown has nothing to correct, or no page is shown. */
    ReadOnlyBooleanProperty pageValidProperty() {
        return pageValid.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty onLastPageProperty() {
        return onLastPage.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }
}
