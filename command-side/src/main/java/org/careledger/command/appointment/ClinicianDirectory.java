package org.careledger.command.appointment;

import java.util.Optional;
import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.UserId;

/** Port to whoever keeps the users: booking asks it who the appointment's clinician is. Empty for unknown or disabled users. */
public interface ClinicianDirectory {
    Optional<StaffMember> find(UserId userId);
}
