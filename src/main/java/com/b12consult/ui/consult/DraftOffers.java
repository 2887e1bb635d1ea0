package com.b12consult.ui.consult;

import com.b12consult.store.ConsultationDraft;
import com.b12consult.store.PatientRepository;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The drafts on file offered for restoring, each with its patient; an offer goes once it is taken up. */
final class DraftOffers {
    private final DraftKeeper drafts;
    private final PatientRepository patients;
    private final ZoneId zone;
    private final ObservableList<DraftOffer> offers = FXCollections.observableArrayList();
    // One read-only view, kept: a view made per call listens weakly and is lost with its listeners to GC.
    private final ObservableList<DraftOffer> offersView = FXCollections.unmodifiableObservableList(offers);

    DraftOffers(DraftKeeper drafts, PatientRepository patients, ZoneId zone) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.patients = Objects.requireNonNull(patients, "patients");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Reads the drafts on file, each with its patient: in the background, never on the screen's thread. */
    List<DraftOffer> read() {
        List<DraftOffer> found = new ArrayList<>();
        for (ConsultationDraft d : drafts.all()) {
            patients.findById(d.patientId()).ifPresent(p -> found.add(new DraftOffer(p, d, zone)));
        }
        return found;
    }

    /**
     * Offers the drafts read, on the screen's thread; but not the draft of the patient whose consultation is open
     * ({@code openPatient}, or a negative number when none is): that one is being typed on.
     */
    void show(List<DraftOffer> read, long openPatient) {
        offers.setAll(read.stream().filter(o -> o.patient().id() != openPatient).toList());
    }

    /** Throws the draft away. */
    void discard(DraftOffer offer) {
        drafts.discard(offer.patient().id());
        offers.remove(offer);
    }

    /** The draft was restored: it is typed on, not offered. */
    void taken(DraftOffer offer) {
        offers.remove(offer);
    }

    /** The patient's consultation is being typed: their draft is the one open, not one to offer. */
    void typedFor(long patientId) {
        offers.removeIf(o -> o.patient().id() == patientId);
    }

    ObservableList<DraftOffer> list() {
        return offersView;
    }
}
