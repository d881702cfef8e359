package org.careledger.command.appointment;

import org.careledger.api.patient.StaffMember;
import org.careledger.api.shared.OrganizationId;

/**
 * What booking found out about the people of a new appointment before the Appointment decides: the patient's
 * organization (null for a patient the command side does not know), whether they are discharged, and the clinician as
 * the user directory knows them (null for an unknown user).
 */
record Parties(OrganizationId patientOrganization, boolean patientDischarged, StaffMember clinician) {}
