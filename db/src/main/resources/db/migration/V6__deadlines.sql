-- Persistent deadlines: db-scheduler's table, which Axon's DbSchedulerDeadlineManager schedules
-- escalation and missed-check-in deadlines in, so they survive a restart. This is db-scheduler's
-- documented PostgreSQL schema (16.x), with VARCHAR instead of TEXT so that the same file also runs
-- on H2 in PostgreSQL mode, where TEXT is a large object that cannot be part of a primary key.
-- task_data is bytea, as everywhere: never a large object (OID).

CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(255)             NOT NULL,
    task_instance        VARCHAR(255)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(255),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- The organization of every patient, kept by the alert rules (processing group alert-rules) from
-- PatientRegistered, so a rule always knows which organization an alert belongs to, whoever sent
-- the reading that triggered it.
CREATE TABLE alert_rule_patient (
    patient_id      UUID NOT NULL,
    organization_id UUID NOT NULL,
    CONSTRAINT pk_alert_rule_patient PRIMARY KEY (patient_id)
);
