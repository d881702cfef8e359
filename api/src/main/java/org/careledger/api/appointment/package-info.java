/**
 * Appointments between a patient and a clinician, with the FHIR Appointment lifecycle: requested by patients,
 * booked or confirmed by staff, never double-booked, reminded of and watched for no-shows.
 */
package org.careledger.api.appointment;
