-- Axon Framework's own tables for the JDBC storage engine, token store, saga store and
-- dead-letter queue, with Axon's default table and column names (unquoted, so PostgreSQL
-- folds them to lower case). Serialized data is bytea, never a large object (OID): large
-- objects live outside the table, survive row deletes and need vacuumlo.
-- The same file runs on PostgreSQL and on H2 in PostgreSQL mode (the default profile).

CREATE TABLE domainevententry (
    globalindex         BIGSERIAL    NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT pk_domainevententry PRIMARY KEY (globalindex),
    -- the optimistic lock of every aggregate: a second event at the same sequence is refused
    CONSTRAINT uk_domainevententry_aggregate_sequence UNIQUE (aggregateidentifier, sequencenumber),
    CONSTRAINT uk_domainevententry_event UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT pk_snapshotevententry PRIMARY KEY (aggregateidentifier, sequencenumber),
    CONSTRAINT uk_snapshotevententry_event UNIQUE (eventidentifier)
);

-- One row that every append locks until its transaction commits, so events become visible
-- in global-index order and a tracking processor never passes (and later skips) an event of a
-- slower transaction. See docs/decisions.md, "ordered appends".
CREATE TABLE event_append_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_event_append_lock PRIMARY KEY (id)
);
INSERT INTO event_append_lock (id) VALUES (1);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    CONSTRAINT pk_tokenentry PRIMARY KEY (processorname, segment)
);

CREATE TABLE sagaentry (
    sagaid         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagatype       VARCHAR(255),
    serializedsaga BYTEA,
    CONSTRAINT pk_sagaentry PRIMARY KEY (sagaid)
);

CREATE TABLE associationvalueentry (
    id               BIGSERIAL    NOT NULL,
    associationkey   VARCHAR(255) NOT NULL,
    associationvalue VARCHAR(255),
    sagaid           VARCHAR(255) NOT NULL,
    sagatype         VARCHAR(255),
    CONSTRAINT pk_associationvalueentry PRIMARY KEY (id)
);
CREATE INDEX ix_association_saga_type_key_value ON associationvalueentry (sagatype, associationkey, associationvalue);
CREATE INDEX ix_association_saga_id_type ON associationvalueentry (sagaid, sagatype);

CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255)  NOT NULL,
    processinggroup      VARCHAR(255)  NOT NULL,
    sequenceidentifier   VARCHAR(255)  NOT NULL,
    sequenceindex        BIGINT        NOT NULL,
    messagetype          VARCHAR(255)  NOT NULL,
    eventidentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadtype          VARCHAR(255)  NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT pk_deadletterentry PRIMARY KEY (deadletteridentifier),
    CONSTRAINT uk_deadletterentry_sequence UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX ix_deadletterentry_group ON deadletterentry (processinggroup);
CREATE INDEX ix_deadletterentry_group_sequence ON deadletterentry (processinggroup, sequenceidentifier);
