-- Appointment read side (query-side org.careledger.query.appointment, docs/appointments-views.md) and the scheduling
-- configuration availability is computed from (app org.careledger.app.scheduling). Runs unchanged on PostgreSQL 15
-- and on H2 2.3 in PostgreSQL mode: portable types and plain column indexes only.

-- processing group "appointment-views": rebuilt from events on reset.
-- One row per appointment; version = sequence number of the last event applied. reason and cancellation_reason are
-- PHI (free text), shown only to the patient, the appointment's clinician and the patient's care team.
CREATE TABLE appointment_view (
    appointment_id      UUID                     NOT NULL,
    patient_id          UUID                     NOT NULL,
    organization_id     UUID                     NOT NULL,
    clinician_id        UUID                     NOT NULL,
    type                VARCHAR(32)              NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    start_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes    INTEGER                  NOT NULL,
    reason              VARCHAR,
    join_link           VARCHAR(2048),
    requested_at        TIMESTAMP WITH TIME ZONE,
    requested_by        UUID,
    booked_at           TIMESTAMP WITH TIME ZONE,
    booked_by           UUID,
    checked_in_at       TIMESTAMP WITH TIME ZONE,
    checked_in_by       UUID,
    completed_at        TIMESTAMP WITH TIME ZONE,
    completed_by        UUID,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    cancelled_by        UUID,
    cancellation_reason VARCHAR,
    no_show_at          TIMESTAMP WITH TIME ZONE,
    no_show_marked_by   UUID,
    entered_in_error_at TIMESTAMP WITH TIME ZONE,
    entered_in_error_by UUID,
    -- iCalendar SEQUENCE: how often time or status changed after the appointment was first recorded
    calendar_sequence   INTEGER                  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT pk_appointment_view PRIMARY KEY (appointment_id)
);

-- lists and calendars by organization, patient or clinician in a time range; booked time per clinician
CREATE INDEX ix_appointment_view_org_start ON appointment_view (organization_id, start_at);
CREATE INDEX ix_appointment_view_patient_start ON appointment_view (patient_id, start_at);
CREATE INDEX ix_appointment_view_clinician_start ON appointment_view (clinician_id, start_at);

-- every event of an appointment, keyed by its place in the appointment's stream so a redelivered event finds its
-- row; only the columns of the entry's kind are set. reason is PHI (cancellation, entered-in-error reasons).
CREATE TABLE appointment_history (
    appointment_id   UUID                     NOT NULL,
    sequence_number  BIGINT                   NOT NULL,
    kind             VARCHAR(32)              NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id         UUID,
    start_at         TIMESTAMP WITH TIME ZONE,
    duration_minutes INTEGER,
    previous_start   TIMESTAMP WITH TIME ZONE,
    reason           VARCHAR,
    minutes_before   INTEGER,
    recipient_id     UUID,
    channel          VARCHAR(16),
    attempt          INTEGER,
    delivery_state   VARCHAR(16),
    failure          VARCHAR,
    CONSTRAINT pk_appointment_history PRIMARY KEY (appointment_id, sequence_number)
);

-- who is on each patient's care team (they may read an appointment's reason); a removed member keeps a row with
-- on_team false, so a redelivered older assignment (lower version) cannot put them back.
CREATE TABLE appointment_care_team (
    patient_id UUID    NOT NULL,
    member_id  UUID    NOT NULL,
    on_team    BOOLEAN NOT NULL,
    version    BIGINT  NOT NULL,
    CONSTRAINT pk_appointment_care_team PRIMARY KEY (patient_id, member_id)
);

-- Scheduling configuration: not event-sourced, like users and organizations (docs/decisions.md 13); written by
-- ADMIN or the clinician through /api/v1/clinicians/{id}/working-hours and /absences. A clinician without rows in
-- clinician_working_hours works the organization's default hours (careledger.scheduling.*).

-- one row per period of a weekday, in the organization's time zone; a day may have several periods
CREATE TABLE clinician_working_hours (
    clinician_id    UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    day_of_week     VARCHAR(16) NOT NULL,
    start_time      TIME        NOT NULL,
    end_time        TIME        NOT NULL,
    slot_minutes    INTEGER     NOT NULL,
    CONSTRAINT pk_clinician_working_hours PRIMARY KEY (clinician_id, day_of_week, start_time),
    CONSTRAINT ck_clinician_working_hours_day CHECK (day_of_week IN
        ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    CONSTRAINT ck_clinician_working_hours_period CHECK (start_time < end_time),
    CONSTRAINT ck_clinician_working_hours_slot CHECK (slot_minutes BETWEEN 5 AND 480)
);

-- time off: no slots are offered from starts_at (inclusive) until ends_at (exclusive). reason is staff text
-- ("annual leave"), never patient data.
CREATE TABLE clinician_absence (
    absence_id      UUID                     NOT NULL,
    clinician_id    UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(200),
    created_by      UUID                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_clinician_absence PRIMARY KEY (absence_id),
    CONSTRAINT ck_clinician_absence_range CHECK (starts_at < ends_at)
);
CREATE INDEX ix_clinician_absence_clinician ON clinician_absence (clinician_id, starts_at);
