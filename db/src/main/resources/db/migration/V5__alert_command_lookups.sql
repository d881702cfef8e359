-- What the alert feature must know beyond one Alert's own events: that the patient exists in the
-- organization and is not discharged, who is on the care team, and which alert of a patient is open
-- per alert type (at most one). Written by the subscribing "alert-lookups" processor inside the
-- transaction of the command whose events it follows, so a refused append leaves no row behind.
-- Filled from the patient events that happen while the processor runs (see docs/alerts-api.md).

-- Raising an alert locks the patient's row (SELECT ... FOR UPDATE), which serializes concurrent
-- raises for one patient. The row is only ever inserted, never updated.
CREATE TABLE command_alert_patient (
    patient_id      UUID NOT NULL,
    organization_id UUID NOT NULL,
    CONSTRAINT pk_command_alert_patient PRIMARY KEY (patient_id)
);

-- Apart from command_alert_patient on purpose: a raise holds that row's lock while it waits for the
-- event append lock, and a discharge holds the append lock while this table is written; updating the
-- patient row here would let the two wait for each other.
CREATE TABLE command_alert_discharged_patient (
    patient_id UUID NOT NULL,
    CONSTRAINT pk_command_alert_discharged_patient PRIMARY KEY (patient_id)
);

CREATE TABLE command_alert_care_team (
    patient_id UUID NOT NULL,
    member_id  UUID NOT NULL,
    CONSTRAINT pk_command_alert_care_team PRIMARY KEY (patient_id, member_id)
);

-- The primary key is the last line of defence of "one open alert per patient and type".
CREATE TABLE command_open_alert (
    patient_id UUID        NOT NULL,
    alert_type VARCHAR(32) NOT NULL,
    alert_id   UUID        NOT NULL,
    CONSTRAINT pk_command_open_alert PRIMARY KEY (patient_id, alert_type),
    CONSTRAINT uk_command_open_alert_alert UNIQUE (alert_id)
);
