package org.careledger.app.projection;

import java.net.URI;
import org.careledger.api.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Event processors for administrators (docs/projections.md): where each one is, and the rebuild of a projection
 * while CareLedger keeps serving. Processors are system-wide: an administrator of any organization sees them all.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionController {
    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    ProcessorView.Overview list() {
        return projections.overview();
    }

    @GetMapping("/{name}")
    ProcessorView one(@PathVariable String name) {
        return projections.find(name).orElseThrow(() -> new ProcessorNotFound(name));
    }

    /** Accepted: the tables are empty and the replay runs; follow it with the GET above. */
    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProcessorView> rebuild(@PathVariable String name, Actor admin) {
        ProcessorView started = projections.rebuild(name, admin.userId());
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/" + name)).body(started);
    }
}
