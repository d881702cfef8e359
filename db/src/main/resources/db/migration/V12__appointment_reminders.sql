-- Appointment reminders (saga org.careledger.saga.appointment, sent by org.careledger.saga.notification;
-- docs/reminders.md). Runs unchanged on PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

-- The notification directory (processing group "notification-directory", rebuilt from events on reset) also keeps
-- the contact details on each patient's record (PHI, never logged): a patient without a user account is reminded
-- there.
ALTER TABLE notification_patient ADD COLUMN email VARCHAR(254);
ALTER TABLE notification_patient ADD COLUMN phone VARCHAR(16);

-- One row per reminder message: (appointment, its start, lead time, recipient, channel). Inserted in the deadline's
-- transaction before anything is sent, so a deadline that runs twice finds its rows and sends nothing again; a
-- reschedule gives new rows (a new start). recipient_id is the patient's user account, or the patient's id when the
-- reminder goes to the contact details on the record. Never rebuilt, never reset.
CREATE TABLE reminder_delivery (
    appointment_id UUID                     NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes_before INTEGER                  NOT NULL,
    recipient_id   UUID                     NOT NULL,
    channel        VARCHAR(16)              NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    attempts       INTEGER                  NOT NULL,
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_reminder_delivery PRIMARY KEY (appointment_id, starts_at, minutes_before, recipient_id, channel),
    CONSTRAINT ck_reminder_delivery_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
