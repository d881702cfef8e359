package org.careledger.query.patient;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.careledger.api.patient.FindPatientById;
import org.careledger.api.patient.FindVitalSigns;
import org.careledger.api.patient.PatientPage;
import org.careledger.api.patient.PatientSummary;
import org.careledger.api.patient.SearchPatients;
import org.careledger.api.patient.VitalSignsPage;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Patient reads. They come from projections, so they may trail a command that just succeeded by a moment. */
@RestController
@RequestMapping("/api/v1/patients")
class PatientQueryController {
    private final QueryGateway queries;

    PatientQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    PatientPage search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "familyName") String sort,
            @RequestParam(defaultValue = "asc") String direction,
            Actor viewer) {
        var query = new SearchPatients(q, SearchParameters.status(status), page, size,
                SearchParameters.sortField(sort), SearchParameters.ascending(direction), viewer);
        return queries.query(query, ResponseTypes.instanceOf(PatientPage.class)).join();
    }

    // Spring answers a matching If-None-Match with 304 itself when a 200 ResponseEntity carries an ETag.
    @GetMapping("/{patientId}")
    ResponseEntity<PatientSummary> find(@PathVariable UUID patientId, Actor viewer) {
        var query = new FindPatientById(new PatientId(patientId), viewer);
        PatientSummary summary = queries.query(query, ResponseTypes.optionalInstanceOf(PatientSummary.class))
                .join()
                .orElseThrow(() -> new PatientRecordNotFound(patientId));
        return ResponseEntity.ok().eTag(Long.toString(summary.version())).body(summary);
    }

    @GetMapping("/{patientId}/vital-signs")
    VitalSignsPage vitalSigns(
            @PathVariable UUID patientId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Actor viewer) {
        var query = new FindVitalSigns(new PatientId(patientId), from, to, page, size, viewer);
        return queries.query(query, ResponseTypes.optionalInstanceOf(VitalSignsPage.class))
                .join()
                .orElseThrow(() -> new PatientRecordNotFound(patientId));
    }
}
