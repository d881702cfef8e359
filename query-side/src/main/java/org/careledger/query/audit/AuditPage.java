package org.careledger.query.audit;

import java.util.List;

/**
 * A page of the record in store order. {@code nextAfter} is the position to pass as {@code after} for the next page,
 * absent on the last page; events appended meanwhile only ever come after it, so pages never shift.
 */
record AuditPage(List<AuditEntry> events, Long nextAfter) {}
