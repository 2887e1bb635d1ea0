package com.b12consult.assessment;

import java.util.List;
import java.util.Objects;

/**
 * One page of the due list ({@link CheckRecords#dueList}): its rows, the most urgent first, how many patients there
 * are in all (or match the search), and the search text it was read for ({@code ""} for none).
 */
public record DuePage(List<DueRow> rows, int total, String search) {
    public DuePage {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        Objects.requireNonNull(search, "search");
        if (total < rows.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + rows.size() + " listed");
        }
    }

    /** True when there are more patients than the page lists. */
    public boolean isPartial() {
        return total > rows.size();
    }
}
