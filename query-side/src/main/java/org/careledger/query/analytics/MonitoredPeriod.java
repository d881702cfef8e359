package org.careledger.query.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The days a patient was under monitoring: from the day of registration to the day of discharge, both included, and
 * never beyond today. A check-in is expected on the days strictly between them: on the registration day the patient
 * has not yet been asked, and on the discharge day they may no longer be.
 */
record MonitoredPeriod(UUID organizationId, LocalDate registeredOn, LocalDate dischargedOn) {

    static MonitoredPeriod of(ResultSet row) throws SQLException {
        return new MonitoredPeriod(row.getObject("organization_id", UUID.class),
                row.getObject("registered_on", LocalDate.class), row.getObject("discharged_on", LocalDate.class));
    }

    boolean monitoredOn(LocalDate day, LocalDate today) {
        return !day.isAfter(today) && !day.isBefore(registeredOn) && (dischargedOn == null || !day.isAfter(dischargedOn));
    }

    boolean expectsCheckInOn(LocalDate day, LocalDate today) {
        return !day.isAfter(today) && day.isAfter(registeredOn) && (dischargedOn == null || day.isBefore(dischargedOn));
    }
}
