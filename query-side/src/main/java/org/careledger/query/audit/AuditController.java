package org.careledger.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;
import org.careledger.api.shared.Role;
import org.careledger.query.audit.AuditFilter.Access;
import org.careledger.query.audit.AuditRecords.Payloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit trail of the auditor's own organization: its event record, one patient's history and record at an
 * instant, and who read what. It reads the audit index, which trails the event store by a moment. The index and the
 * event store are read directly rather than through the query bus, because exports stream rows to the client as they
 * are read, which a query's single answer cannot do.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditRecords records;
    private final AuditExports exports;
    private final PatientHistory history;

    AuditController(AuditRecords records, AuditExports exports, PatientHistory history) {
        this.records = records;
        this.exports = exports;
        this.history = history;
    }

    @GetMapping("/events")
    AuditPage events(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String type, @RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) String aggregateId, @RequestParam(required = false) UUID userId,
            Actor viewer) {
        paging(after, size);
        var filter = record(viewer).between(from, to).stream(aggregateType, type, aggregateId).actor(userId);
        return records.page(filter, after, size, Payloads.ALL);
    }

    @GetMapping("/events/export")
    ResponseEntity<StreamingResponseBody> exportEvents(@RequestParam(required = false) String format,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String type, @RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) String aggregateId, @RequestParam(required = false) UUID userId,
            Actor viewer) {
        var filter = record(viewer).between(from, to).stream(aggregateType, type, aggregateId).actor(userId);
        return exports.export(filter, AuditExports.format(format), "events");
    }

    /** The patient's own, alert and appointment events in store order; reads of the record only when asked for. */
    @GetMapping("/patients/{patientId}/history")
    AuditPage history(@PathVariable UUID patientId, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int size, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean includeAccess, Actor viewer) {
        paging(after, size);
        return records.page(patientHistory(patientId, from, to, type, includeAccess, viewer), after, size, Payloads.ALL);
    }

    @GetMapping("/patients/{patientId}/history/export")
    ResponseEntity<StreamingResponseBody> exportHistory(@PathVariable UUID patientId,
            @RequestParam(required = false) String format, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean includeAccess, Actor viewer) {
        var filter = patientHistory(patientId, from, to, type, includeAccess, viewer);
        return exports.export(filter, AuditExports.format(format), "patient-" + patientId + "-history");
    }

    @GetMapping("/patients/{patientId}/as-of")
    PatientRecordAsOf asOf(@PathVariable UUID patientId, @RequestParam Instant at, Actor viewer) {
        ownPatient(patientId, viewer);
        return history.asOf(patientId, at).orElseThrow(() -> new AuditRecordNotFound(patientId));
    }

    /** Who read the patient's record, when, from where and why. */
    @GetMapping("/reports/access")
    AuditPage accessReport(@RequestParam UUID patientId, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int size, Actor viewer) {
        paging(after, size);
        ownPatient(patientId, viewer);
        var filter = record(viewer).patient(patientId).between(from, to).access(Access.ONLY);
        return records.page(filter, after, size, Payloads.ACCESS_ONLY);
    }

    /** What a user of the organization did and read; payloads of changes are left to the patient's history. */
    @GetMapping("/reports/activity")
    AuditPage activityReport(@RequestParam UUID userId, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int size, Actor viewer) {
        paging(after, size);
        var filter = record(viewer).actor(userId).between(from, to);
        return records.page(filter, after, size, Payloads.ACCESS_ONLY);
    }

    private AuditFilter patientHistory(UUID patientId, Instant from, Instant to, String type, boolean includeAccess,
            Actor viewer) {
        ownPatient(patientId, viewer);
        return record(viewer).patient(patientId).between(from, to).stream(null, type, null)
                .access(includeAccess ? Access.INCLUDED : Access.EXCLUDED);
    }

    private static AuditFilter record(Actor viewer) {
        if (!viewer.is(Role.AUDITOR)) {
            throw new AuditorsOnly();
        }
        return AuditFilter.organization(viewer.organizationId().value());
    }

    private void ownPatient(UUID patientId, Actor viewer) {
        record(viewer);
        if (!records.patientOf(viewer.organizationId().value(), patientId)) {
            throw new AuditRecordNotFound(patientId);
        }
    }

    private static void paging(long after, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (after < 0) {
            errors.add(new FieldError("after", "must be a position, 0 or more"));
        }
        if (size < 1 || size > AuditRecords.MAX_PAGE) {
            errors.add(new FieldError("size", "must be between 1 and " + AuditRecords.MAX_PAGE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }
}
