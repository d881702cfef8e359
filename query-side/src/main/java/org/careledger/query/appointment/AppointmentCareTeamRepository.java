package org.careledger.query.appointment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentCareTeamRepository extends JpaRepository<AppointmentCareTeamView, AppointmentCareTeamView.Key> {
    default boolean isOnTeam(java.util.UUID patientId, java.util.UUID memberId) {
        return findById(new AppointmentCareTeamView.Key(patientId, memberId))
                .map(AppointmentCareTeamView::isOnTeam)
                .orElse(false);
    }
}
