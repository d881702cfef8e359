-- Alert read models (query-side, org.careledger.query.alert), all kept by the processing group "alert-views".
-- Every row can be rebuilt from the event store: the projection deletes its rows on reset and replays. Runs unchanged
-- on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode: portable types, plain column indexes, VARCHAR without a length
-- for free text (unbounded on PostgreSQL, 1,000,000 characters on H2).

-- one row per alert; version = sequence number of the last alert event applied to the row
CREATE TABLE alert_view (
    alert_id         UUID                     NOT NULL,
    patient_id       UUID                     NOT NULL,
    organization_id  UUID                     NOT NULL,
    type             VARCHAR(32)              NOT NULL,
    severity         VARCHAR(16)              NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    -- 0 until the first escalation, then the highest level reached; escalations counts AlertEscalated events
    level            INTEGER                  NOT NULL,
    escalations      INTEGER                  NOT NULL,
    summary          VARCHAR                  NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by        UUID,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    acknowledged_by  UUID,
    resolved_at      TIMESTAMP WITH TIME ZONE,
    resolved_by      UUID,
    outcome          VARCHAR,
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    cancelled_by     UUID,
    recurrence_count INTEGER                  NOT NULL,
    last_recurred_at TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_alert_view PRIMARY KEY (alert_id)
);

-- the worklist (open alerts of an organization) and the metrics (alerts raised in a range)
CREATE INDEX ix_alert_view_org_status_raised ON alert_view (organization_id, status, raised_at);
CREATE INDEX ix_alert_view_org_raised ON alert_view (organization_id, raised_at);
CREATE INDEX ix_alert_view_patient ON alert_view (patient_id, raised_at);

-- one row per alert event, keyed by its place in the alert's stream, so redelivery finds its row; only the columns
-- of the entry's kind are set. note is PHI (a clinician's free text).
CREATE TABLE alert_timeline (
    alert_id        UUID                     NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        UUID,
    severity        VARCHAR(16),
    summary         VARCHAR,
    level           INTEGER,
    reason          VARCHAR,
    recipient_id    UUID,
    channel         VARCHAR(16),
    attempt         INTEGER,
    delivery_state  VARCHAR(16),
    note            VARCHAR,
    outcome         VARCHAR,
    CONSTRAINT pk_alert_timeline PRIMARY KEY (alert_id, sequence_number)
);

-- who is on each patient's care team, from the patient events, so alert visibility needs no other feature's tables.
-- A removed member keeps a row with on_team false: version (the patient event's sequence number) then stops a
-- redelivered older assignment from putting them back.
CREATE TABLE alert_care_team (
    patient_id UUID    NOT NULL,
    member_id  UUID    NOT NULL,
    on_team    BOOLEAN NOT NULL,
    version    BIGINT  NOT NULL,
    CONSTRAINT pk_alert_care_team PRIMARY KEY (patient_id, member_id)
);

CREATE INDEX ix_alert_care_team_member ON alert_care_team (member_id, patient_id);
