package com.b12consult.domain;

import java.util.Objects;

/**
 * The clinician's answer to one alert of a consultation, by the finding's id. "Not applicable" is an
 * override and must say why; "acted on" needs no reason, but may have one.
 */
public record AlertAnswer(String findingId, AlertResponse response, String reason) {
    public AlertAnswer {
        findingId = Objects.requireNonNull(findingId, "findingId").strip();
        Objects.requireNonNull(response, "response");
        reason = Objects.requireNonNull(reason, "reason").strip();
        if (findingId.isEmpty()) {
            throw new IllegalArgumentException("An alert answer needs the id of its finding");
        }
        if (response == AlertResponse.NOT_APPLICABLE && reason.isEmpty()) {
            throw new IllegalArgumentException("Answering \"not applicable\" to " + findingId
                    + " needs a reason: write why the alert does not apply to this patient");
        }
    }

    public static AlertAnswer actedOn(String findingId) {
        return new AlertAnswer(findingId, AlertResponse.ACTED_ON, "");
    }

    public static AlertAnswer notApplicable(String findingId, String reason) {
        return new AlertAnswer(findingId, AlertResponse.NOT_APPLICABLE, reason);
    }
}
