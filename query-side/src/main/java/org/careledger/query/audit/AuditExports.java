package org.careledger.query.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes a selection of the record as CSV, as a JSON array, or as a FHIR R4 Bundle of AuditEvent resources, row by row
 * as the database hands them over: nothing is collected in memory first.
 */
@Component
class AuditExports {
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    private static final String CSV_HEADER = "position,eventId,occurredAt,eventType,aggregateType,aggregateId,"
            + "sequenceNumber,patientId,actorId,actorRole,clientIp,correlationId,causationId,payload";

    enum Format { CSV, JSON, FHIR }

    private final AuditRecords records;
    private final ObjectMapper json;
    private final FhirAuditEvents fhir;
    private final Clock clock;

    AuditExports(AuditRecords records, ObjectMapper json, FhirAuditEvents fhir, Clock clock) {
        this.records = records;
        this.json = json;
        this.fhir = fhir;
        this.clock = clock;
    }

    static Format format(String value) {
        try {
            return Format.valueOf(Objects.requireNonNullElse(value, "json").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(java.util.List.of(new FieldError("format", "must be csv, json or fhir")));
        }
    }

    ResponseEntity<StreamingResponseBody> export(AuditFilter filter, Format format, String name) {
        StreamingResponseBody body = switch (format) {
            case CSV -> out -> csv(filter, out);
            case JSON -> out -> jsonArray(filter, out);
            case FHIR -> out -> bundle(filter, out);
        };
        MediaType type = switch (format) {
            case CSV -> CSV;
            case JSON -> MediaType.APPLICATION_JSON;
            case FHIR -> FHIR_JSON;
        };
        String extension = format == Format.CSV ? "csv" : "json";
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + extension + "\"")
                .body(body);
    }

    private void csv(AuditFilter filter, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(CSV_HEADER);
        writer.write("\r\n");
        records.stream(filter, AuditRecords.Payloads.ALL, entry -> {
            try {
                writer.write(csvRow(entry));
                writer.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    private void jsonArray(AuditFilter filter, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartArray();
            records.stream(filter, AuditRecords.Payloads.ALL, entry -> write(generator, entry));
            generator.writeEndArray();
        }
    }

    private void bundle(AuditFilter filter, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("resourceType", "Bundle");
            generator.writeStringField("type", "collection");
            generator.writeStringField("timestamp", clock.instant().toString());
            generator.writeArrayFieldStart("entry");
            records.stream(filter, AuditRecords.Payloads.ALL, entry -> write(generator, fhir.entry(entry)));
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private void write(JsonGenerator generator, Object value) {
        try {
            json.writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvRow(AuditEntry e) {
        return Stream.of(e.position(), e.eventId(), e.occurredAt(), e.eventType(), e.aggregateType(), e.aggregateId(),
                        e.sequenceNumber(), e.patientId(), e.actorId(), e.actorRole(), e.clientIp(), e.correlationId(),
                        e.causationId(), e.payload())
                .map(AuditExports::csvField)
                .collect(Collectors.joining(","));
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
