-- Which patient every alert (open or closed) is about, so the command side can limit alert writes
-- to the patient's care team as the read side limits what they see.
CREATE TABLE command_alert (
    alert_id   UUID NOT NULL,
    patient_id UUID NOT NULL,
    CONSTRAINT pk_command_alert PRIMARY KEY (alert_id)
);
CREATE INDEX ix_command_alert_patient ON command_alert (patient_id);

INSERT INTO command_alert (alert_id, patient_id) SELECT alert_id, patient_id FROM command_open_alert;
