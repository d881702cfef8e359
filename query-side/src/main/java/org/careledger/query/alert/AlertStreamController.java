package org.careledger.query.alert;

import org.careledger.api.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live alert stream for clinical screens, as server-sent events; see docs/alerts-views.md. */
@RestController
class AlertStreamController {
    private final AlertStreams streams;

    AlertStreamController(AlertStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/api/v1/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Actor viewer) {
        return streams.open(viewer);
    }
}
