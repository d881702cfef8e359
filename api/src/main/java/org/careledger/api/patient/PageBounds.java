package org.careledger.api.patient;

import org.careledger.api.shared.InvalidValue;

/** The paging limits every paged patient query shares. */
final class PageBounds {
    static final int MAX_SIZE = 100;

    private PageBounds() {}

    static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidValue("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("size", "must be between 1 and " + MAX_SIZE);
        }
        // JPA takes the row offset as an int
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidValue("page", "is too large");
        }
    }
}
