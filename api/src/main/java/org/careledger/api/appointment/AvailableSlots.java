package org.careledger.api.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The free slots of a clinician from the day {@code from} to the day {@code to} in {@code timeZone} (the
 * organization's), earliest first.
 */
public record AvailableSlots(UUID clinicianId, LocalDate from, LocalDate to, String timeZone, List<AvailableSlot> slots) {
    public AvailableSlots {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
