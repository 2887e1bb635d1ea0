package com.b12consult.ui.database;

import com.b12consult.store.StoreChoice;
import com.b12consult.store.StoreLocation;

/** What the app does with the user's choice of store: keeps it, and opens its screens on it. */
public interface StoreSwitch {
    /**
     * This computer only: the default file.
     *
     * @param keptServer the choice to keep, with the server's details for a later switch back
     */
    void useThisComputer(StoreChoice keptServer);

    /**
     * The clinic server, which answered a moment ago.
     *
     * @throws com.b12consult.store.StoreException when the choice cannot be kept; nothing is switched then
     */
    void useServer(StoreChoice choice, StoreLocation.ClinicServer location);
}
