-- Patient read models (query-side, org.careledger.query.patient). Every row can be rebuilt from the event
-- store: the projections delete their rows on reset and replay. Runs unchanged on PostgreSQL 15 and on
-- H2 2.3 in PostgreSQL mode, so only portable types and plain column indexes are used.

-- processing group "patient-summary"; version = sequence number of the last event applied to the row
CREATE TABLE patient_summary (
    patient_id               UUID                     NOT NULL,
    organization_id          UUID                     NOT NULL,
    mrn                      VARCHAR(12)              NOT NULL,
    given_name               VARCHAR(100)             NOT NULL,
    family_name              VARCHAR(100)             NOT NULL,
    -- lower-cased copies of the names: case-insensitive prefix search and sort without expression indexes
    given_name_key           VARCHAR(100)             NOT NULL,
    family_name_key          VARCHAR(100)             NOT NULL,
    birth_date               DATE                     NOT NULL,
    sex                      VARCHAR(16)              NOT NULL,
    email                    VARCHAR(254),
    phone                    VARCHAR(16),
    address                  VARCHAR(500),
    status                   VARCHAR(16)              NOT NULL,
    registered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    discharged_at            TIMESTAMP WITH TIME ZONE,
    last_check_in_at         TIMESTAMP WITH TIME ZONE,
    -- the NEWS2 of the vital signs with the latest observed_at; all null before the first reading
    latest_news2_total       INTEGER,
    latest_news2_risk        VARCHAR(16),
    latest_news2_complete    BOOLEAN,
    latest_news2_observed_at TIMESTAMP WITH TIME ZONE,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_patient_summary PRIMARY KEY (patient_id)
);

CREATE INDEX ix_patient_summary_org_family_name ON patient_summary (organization_id, family_name_key, given_name_key);
CREATE INDEX ix_patient_summary_org_given_name ON patient_summary (organization_id, given_name_key);
CREATE INDEX ix_patient_summary_org_mrn ON patient_summary (organization_id, mrn);
CREATE INDEX ix_patient_summary_org_registered_at ON patient_summary (organization_id, registered_at);
CREATE INDEX ix_patient_summary_org_news2 ON patient_summary (organization_id, latest_news2_total);
CREATE INDEX ix_patient_summary_org_status ON patient_summary (organization_id, status);

-- processing group "patient-summary": the current care team only (a removed member's row is deleted)
CREATE TABLE patient_care_team (
    patient_id  UUID                     NOT NULL,
    member_id   UUID                     NOT NULL,
    member_role VARCHAR(16)              NOT NULL,
    team_role   VARCHAR(16)              NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_patient_care_team PRIMARY KEY (patient_id, member_id)
);

-- "which patients is this nurse or clinician caring for": the visibility filter of every staff query
CREATE INDEX ix_patient_care_team_member ON patient_care_team (member_id, patient_id);

-- processing group "patient-vital-signs": one row per VitalSignsRecorded event, keyed by its place in the stream
CREATE TABLE patient_vital_signs (
    patient_id              UUID                     NOT NULL,
    sequence_number         BIGINT                   NOT NULL,
    observed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    source                  VARCHAR(16)              NOT NULL,
    heart_rate              INTEGER,
    respiratory_rate        INTEGER,
    oxygen_saturation       INTEGER,
    systolic_blood_pressure INTEGER,
    temperature             NUMERIC(4,1),
    consciousness           VARCHAR(16),
    supplemental_oxygen     BOOLEAN,
    news2_total             INTEGER                  NOT NULL,
    news2_risk              VARCHAR(16)              NOT NULL,
    news2_complete          BOOLEAN                  NOT NULL,
    recorded_by             UUID                     NOT NULL,
    CONSTRAINT pk_patient_vital_signs PRIMARY KEY (patient_id, sequence_number)
);

CREATE INDEX ix_patient_vital_signs_observed ON patient_vital_signs (patient_id, observed_at, sequence_number);
