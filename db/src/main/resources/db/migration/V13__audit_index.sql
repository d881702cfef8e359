-- The audit index (query-side, org.careledger.query.audit), kept by the processing group "audit-index": one row per
-- stored event with who, when, which patient and which stream, so auditors can filter the event record without
-- reading every payload. Payloads stay in the event store and are joined at read time. Every row can be rebuilt from
-- the event store: the projection deletes its rows on reset and replays. Runs on PostgreSQL 15 and on H2 in
-- PostgreSQL mode.

CREATE TABLE audit_event (
    global_index    BIGINT                   NOT NULL,
    event_id        VARCHAR(255)             NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    organization_id UUID,
    patient_id      UUID,
    aggregate_type  VARCHAR(255),
    aggregate_id    VARCHAR(255),
    sequence_number BIGINT,
    event_type      VARCHAR(255)             NOT NULL,
    actor_id        UUID,
    actor_role      VARCHAR(32),
    client_ip       VARCHAR(64),
    correlation_id  VARCHAR(255),
    causation_id    VARCHAR(255),
    CONSTRAINT pk_audit_event PRIMARY KEY (global_index)
);

-- the organization's record in order; a patient's history; a user's activity
CREATE INDEX ix_audit_event_org ON audit_event (organization_id, global_index);
CREATE INDEX ix_audit_event_patient ON audit_event (patient_id, global_index);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, global_index);
CREATE INDEX ix_audit_event_aggregate ON audit_event (aggregate_id, global_index);

-- per stream (patient, alert, appointment): the organization it belongs to and the patient it is about, learned from
-- its first events, so later events that name neither (an alert's acknowledgement) are attributed too
CREATE TABLE audit_subject (
    aggregate_id    VARCHAR(255) NOT NULL,
    aggregate_type  VARCHAR(255),
    organization_id UUID,
    patient_id      UUID,
    CONSTRAINT pk_audit_subject PRIMARY KEY (aggregate_id)
);
