-- Notification of alerts (saga, org.careledger.saga.notification; docs/notifications.md). Runs unchanged on
-- PostgreSQL 15 and on H2 2.3 in PostgreSQL mode.

-- How to reach a user (PII: never logged) and the channels they chose: a comma list of EMAIL, SMS, WHATSAPP,
-- IN_APP; none chosen means IN_APP.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
ALTER TABLE app_user ADD COLUMN phone VARCHAR(16);
ALTER TABLE app_user ADD COLUMN notification_channels VARCHAR(64);

-- Who is told when an alert escalates: level 2 the on-call clinician, level 3 the escalation contact.
ALTER TABLE organization ADD COLUMN on_call_clinician_id UUID;
ALTER TABLE organization ADD COLUMN escalation_contact_id UUID;
ALTER TABLE organization ADD CONSTRAINT fk_organization_on_call_clinician
    FOREIGN KEY (on_call_clinician_id) REFERENCES app_user (id);
ALTER TABLE organization ADD CONSTRAINT fk_organization_escalation_contact
    FOREIGN KEY (escalation_contact_id) REFERENCES app_user (id);

-- processing group "notification-directory": rebuilt from events on reset
CREATE TABLE notification_patient (
    patient_id      UUID NOT NULL,
    organization_id UUID NOT NULL,
    CONSTRAINT pk_notification_patient PRIMARY KEY (patient_id)
);

-- the current care team only: a removed member's row is deleted
CREATE TABLE notification_care_team (
    patient_id  UUID        NOT NULL,
    member_id   UUID        NOT NULL,
    member_role VARCHAR(16) NOT NULL,
    CONSTRAINT pk_notification_care_team PRIMARY KEY (patient_id, member_id)
);

-- what an escalation's notifications say: the alert's patient, organization, severity and finding (no PHI)
CREATE TABLE notification_alert (
    alert_id        UUID          NOT NULL,
    patient_id      UUID          NOT NULL,
    organization_id UUID          NOT NULL,
    severity        VARCHAR(16)   NOT NULL,
    summary         VARCHAR(1000),
    CONSTRAINT pk_notification_alert PRIMARY KEY (alert_id)
);

-- processing group "alert-notification": one row per notification, inserted in the event handler's transaction
-- before anything is sent, so a redelivered event finds its row and sends nothing again. Never rebuilt, never reset.
CREATE TABLE notification_delivery (
    alert_id     UUID                     NOT NULL,
    alert_level  INTEGER                  NOT NULL,
    recipient_id UUID                     NOT NULL,
    channel      VARCHAR(16)              NOT NULL,
    status       VARCHAR(16)              NOT NULL,
    attempts     INTEGER                  NOT NULL,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_notification_delivery PRIMARY KEY (alert_id, alert_level, recipient_id, channel),
    CONSTRAINT ck_notification_delivery_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
