-- Set-based rules the aggregates cannot see on their own. Rows are written in the same
-- transaction as the events they guard, so a refused append leaves no claim behind.
CREATE TABLE command_mrn_claim (
    organization_id UUID        NOT NULL,
    mrn             VARCHAR(12) NOT NULL,
    patient_id      UUID        NOT NULL,
    CONSTRAINT pk_command_mrn_claim PRIMARY KEY (organization_id, mrn),
    CONSTRAINT uk_command_mrn_claim_patient UNIQUE (patient_id)
);
