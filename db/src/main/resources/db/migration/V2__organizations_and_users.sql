-- Who may sign in. Not event-sourced: credentials are security data, not the clinical record;
-- what users do is recorded in the event metadata of every command they send.
CREATE TABLE organization (
    id         UUID                     NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_organization PRIMARY KEY (id)
);

CREATE TABLE app_user (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    username        VARCHAR(100)             NOT NULL,
    password_hash   VARCHAR(100)             NOT NULL,
    role            VARCHAR(20)              NOT NULL,
    display_name    VARCHAR(200)             NOT NULL,
    patient_id      UUID,
    enabled         BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('PATIENT', 'NURSE', 'CLINICIAN', 'ADMIN', 'AUDITOR', 'DEVICE')),
    CONSTRAINT ck_app_user_patient CHECK ((role = 'PATIENT') = (patient_id IS NOT NULL))
);
CREATE INDEX ix_app_user_organization ON app_user (organization_id);
