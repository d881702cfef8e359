-- Tamper evidence for the event store (docs/integrity.md). One row per stored event, written in the
-- same transaction as the event: hash = SHA-256(hash of the previous row || the event row encoded
-- column by column). previous_global_index names the row this one was chained to, so a deleted
-- event and chain row still leave a visible hole. Rows are only ever inserted.
CREATE TABLE event_chain (
    global_index          BIGINT       NOT NULL,
    event_identifier      VARCHAR(255) NOT NULL,
    previous_global_index BIGINT,
    hash                  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_event_chain PRIMARY KEY (global_index)
);

-- Signed checkpoints of the chain head when careledger.integrity.checkpoints.store=database (the
-- default keeps them in a JSON-lines file outside the database). Append-only.
CREATE TABLE integrity_checkpoint (
    id               BIGSERIAL    NOT NULL,
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    hash             VARCHAR(64)  NOT NULL,
    signed_at        VARCHAR(64)  NOT NULL,
    key_id           VARCHAR(64)  NOT NULL,
    signature        VARCHAR(255) NOT NULL,
    CONSTRAINT pk_integrity_checkpoint PRIMARY KEY (id)
);
