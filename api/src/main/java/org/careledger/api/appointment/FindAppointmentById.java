package org.careledger.api.appointment;

import java.util.Objects;
import org.careledger.api.shared.Actor;

/**
 * Ask for one appointment with its whole history as {@code viewer} may see it; one they may not see is answered as
 * absent, and its free text only when they may read it.
 */
public record FindAppointmentById(AppointmentId appointmentId, Actor viewer) {
    public FindAppointmentById {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(viewer, "viewer");
    }
}
