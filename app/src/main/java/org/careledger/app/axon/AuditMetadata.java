package org.careledger.app.axon;

import java.util.List;

/** The metadata keys every command and event carries for the audit trail. */
final class AuditMetadata {
    static final String ACTOR_ID = "actorId";
    static final String ACTOR_ROLE = "actorRole";
    static final String ORGANIZATION_ID = "organizationId";
    static final String CLIENT_IP = "clientIp";
    static final String CORRELATION_ID = "correlationId";
    static final String CAUSATION_ID = "causationId";
    static final List<String> ACTOR_KEYS = List.of(ACTOR_ID, ACTOR_ROLE, ORGANIZATION_ID, CLIENT_IP);

    private AuditMetadata() {}
}
