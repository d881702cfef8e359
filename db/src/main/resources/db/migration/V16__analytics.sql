-- Analytics read models (query-side, org.careledger.query.analytics), all kept by the processing group
-- "analytics-daily". One row per fact (a patient, a reading, a check-in, an alert, an appointment), keyed by the stream
-- the fact comes from, so a redelivered event finds its row and changes nothing; the daily figures are counted from
-- these rows when they are read. Each "_on" column holds the day the fact counts on, in the zone
-- careledger.analytics.zone (UTC by default): changing the zone needs a rebuild. Every row can be rebuilt from the
-- event store: the projection deletes its rows on reset and replays. Runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- one row per patient: the days the patient was monitored (registration day to discharge day)
CREATE TABLE analytics_patient (
    patient_id      UUID    NOT NULL,
    organization_id UUID    NOT NULL,
    registered_on   DATE    NOT NULL,
    discharged_on   DATE,
    CONSTRAINT pk_analytics_patient PRIMARY KEY (patient_id)
);
CREATE INDEX ix_analytics_patient_org ON analytics_patient (organization_id, registered_on);

-- who may read a patient's figures besides the organization's administrators and auditors: the current care team;
-- version = sequence number of the patient event that last changed the row
CREATE TABLE analytics_care_team (
    patient_id UUID    NOT NULL,
    member_id  UUID    NOT NULL,
    on_team    BOOLEAN NOT NULL,
    version    BIGINT  NOT NULL,
    CONSTRAINT pk_analytics_care_team PRIMARY KEY (patient_id, member_id)
);

-- one row per VitalSignsRecorded, keyed by its place in the patient's stream; counts on the day it was observed
CREATE TABLE analytics_reading (
    patient_id      UUID    NOT NULL,
    sequence_number BIGINT  NOT NULL,
    observed_on     DATE    NOT NULL,
    news2_total     INTEGER NOT NULL,
    CONSTRAINT pk_analytics_reading PRIMARY KEY (patient_id, sequence_number)
);
CREATE INDEX ix_analytics_reading_day ON analytics_reading (patient_id, observed_on);

-- one row per CheckInSubmitted, keyed by its place in the patient's stream; counts on the day it was recorded
CREATE TABLE analytics_check_in (
    patient_id      UUID   NOT NULL,
    sequence_number BIGINT NOT NULL,
    submitted_on    DATE   NOT NULL,
    CONSTRAINT pk_analytics_check_in PRIMARY KEY (patient_id, sequence_number)
);
CREATE INDEX ix_analytics_check_in_day ON analytics_check_in (patient_id, submitted_on);

-- one row per alert: raised (with the severity it was raised with) and, once, acknowledged
CREATE TABLE analytics_alert (
    alert_id        UUID                     NOT NULL,
    patient_id      UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    severity        VARCHAR(16)              NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_on       DATE                     NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledged_on DATE,
    CONSTRAINT pk_analytics_alert PRIMARY KEY (alert_id)
);
CREATE INDEX ix_analytics_alert_patient ON analytics_alert (patient_id, raised_on);
CREATE INDEX ix_analytics_alert_org_raised ON analytics_alert (organization_id, raised_on);
CREATE INDEX ix_analytics_alert_org_acknowledged ON analytics_alert (organization_id, acknowledged_on);

-- one row per booked appointment; version = sequence number of the last appointment event applied
CREATE TABLE analytics_appointment (
    appointment_id  UUID        NOT NULL,
    patient_id      UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    booked_on       DATE        NOT NULL,
    start_on        DATE        NOT NULL,
    status          VARCHAR(24) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_analytics_appointment PRIMARY KEY (appointment_id)
);
CREATE INDEX ix_analytics_appointment_booked ON analytics_appointment (organization_id, booked_on);
CREATE INDEX ix_analytics_appointment_start ON analytics_appointment (organization_id, start_on);
