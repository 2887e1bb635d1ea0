package com.b12consult.ui.handout;

/** Sends a handout to a printer through the system's print dialog; a fake stands in for tests. */
public interface PrintService {
    enum Outcome {
        PRINTED,
        /** The user closed the print dialog without printing. */
        CANCELLED,
        /** No printer is installed: common on a new workstation. */
        NO_PRINTER,
        FAILED
    }

    Outcome print(byte[] pdf, String jobName);
}
