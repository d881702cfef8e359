-- What booking must know beyond one Appointment's own events: that the patient exists in the organization
-- and is not discharged, and which appointments hold a clinician's or a patient's time. Written by the
-- subscribing "appointment-lookups" processor inside the transaction of the command whose events it follows,
-- so a refused append leaves no row behind (see docs/appointments.md).

-- Booking locks the patient's row (SELECT ... FOR UPDATE) to serialize bookings of one patient. The row is
-- only ever inserted, never updated.
CREATE TABLE command_appointment_patient (
    patient_id      UUID NOT NULL,
    organization_id UUID NOT NULL,
    CONSTRAINT pk_command_appointment_patient PRIMARY KEY (patient_id)
);

-- Apart from command_appointment_patient on purpose: a booking holds that row's lock while it waits for the
-- event append lock, and a discharge holds the append lock while this table is written; updating the
-- patient row would let the two wait for each other.
CREATE TABLE command_appointment_discharged_patient (
    patient_id UUID NOT NULL,
    CONSTRAINT pk_command_appointment_discharged_patient PRIMARY KEY (patient_id)
);

-- One row per clinician who was ever booked, created on first use (INSERT ... ON CONFLICT DO NOTHING) and
-- locked by every booking of that clinician: users are not event-sourced, so no event could create it.
CREATE TABLE command_appointment_clinician (
    clinician_id UUID NOT NULL,
    CONSTRAINT pk_command_appointment_clinician PRIMARY KEY (clinician_id)
);

-- Every appointment with its current time and status; those PROPOSED, BOOKED or CHECKED_IN hold time.
CREATE TABLE command_appointment (
    appointment_id  UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    patient_id      UUID                     NOT NULL,
    clinician_id    UUID                     NOT NULL,
    start_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    CONSTRAINT pk_command_appointment PRIMARY KEY (appointment_id)
);
CREATE INDEX ix_command_appointment_clinician ON command_appointment (clinician_id, start_at);
CREATE INDEX ix_command_appointment_patient ON command_appointment (patient_id, start_at);

-- Patients registered before this migration, as the alert feature's lookups know them.
INSERT INTO command_appointment_patient (patient_id, organization_id)
    SELECT patient_id, organization_id FROM command_alert_patient;
INSERT INTO command_appointment_discharged_patient (patient_id)
    SELECT patient_id FROM command_alert_discharged_patient;
