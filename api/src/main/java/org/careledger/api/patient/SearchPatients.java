package org.careledger.api.patient;

import java.util.Objects;
import org.careledger.api.shared.Actor;

/**
 * Look up the patients {@code viewer} may see, one page at a time: {@code text}, when given, matches the start of
 * the given name, family name or MRN, ignoring case (it may be a name, so it is PHI); {@code status} is optional.
 */
public record SearchPatients(
        String text, PatientStatus status, int page, int size, PatientSortField sort, boolean ascending, Actor viewer) {

    public SearchPatients {
        text = text == null || text.isBlank() ? null : text.strip();
        PageBounds.check(page, size);
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(viewer, "viewer");
    }

    @Override
    public String toString() {
        return "SearchPatients[text=***, status=" + status + ", page=" + page + ", size=" + size + ", sort=" + sort
                + ", ascending=" + ascending + ", viewer=" + viewer + "]";
    }
}
