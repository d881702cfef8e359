-- The replay ceiling for the patient-summary projection: the same rows (table patient_summary's shape)
-- built by one INSERT ... SELECT straight from the event table, reading every Patient event once:
-- registration fields from PatientRegistered, version = last sequence number, last check-in, discharge,
-- and the NEWS2 of the latest vital signs. Run by bench/run.sh on the generated data set; it creates
-- bench_patient_summary, which run.sh counts and drops. Care-team rows are not built.
-- The planner cannot estimate the CTEs' sizes and joins them in nested loops, one pass over a CTE per patient
-- (18 s for 41,000 events in a quick run); hash joins read each once, which is what a ceiling should measure.
SET enable_nestloop = off;

CREATE TABLE bench_patient_summary (LIKE patient_summary INCLUDING DEFAULTS);

INSERT INTO bench_patient_summary (patient_id, organization_id, mrn, given_name, family_name, given_name_key,
        family_name_key, birth_date, sex, email, phone, address, status, registered_at, discharged_at,
        last_check_in_at, latest_news2_total, latest_news2_risk, latest_news2_complete, latest_news2_observed_at,
        version)
WITH events AS MATERIALIZED (
    SELECT aggregateidentifier AS id, sequencenumber AS seq, payloadtype AS kind, timestamp::timestamptz AS at,
           convert_from(payload, 'UTF8')::jsonb AS p
    FROM domainevententry
    WHERE type = 'Patient'
), stream AS (
    SELECT id, max(seq) AS version,
           max(at) FILTER (WHERE kind = 'org.careledger.api.patient.CheckInSubmitted') AS last_check_in,
           max(at) FILTER (WHERE kind = 'org.careledger.api.patient.PatientDischarged') AS discharged
    FROM events GROUP BY id
), registered AS (
    SELECT id, at, p FROM events WHERE kind = 'org.careledger.api.patient.PatientRegistered'
), latest_reading AS (
    SELECT DISTINCT ON (id) id, p,
           CASE WHEN p->>'observedAt' ~ '^[0-9.]+$' THEN to_timestamp((p->>'observedAt')::numeric)
                ELSE (p->>'observedAt')::timestamptz END AS observed
    FROM events
    WHERE kind = 'org.careledger.api.patient.VitalSignsRecorded'
    ORDER BY id, observed DESC, seq DESC
)
SELECT r.id::uuid,
       (r.p #>> '{organizationId,value}')::uuid,
       r.p #>> '{mrn,value}',
       r.p #>> '{demographics,name,givenName}',
       r.p #>> '{demographics,name,familyName}',
       lower(r.p #>> '{demographics,name,givenName}'),
       lower(r.p #>> '{demographics,name,familyName}'),
       (r.p #>> '{demographics,birthDate}')::date,
       r.p #>> '{demographics,sex}',
       r.p #>> '{contactDetails,email}',
       r.p #>> '{contactDetails,phone}',
       r.p #>> '{contactDetails,address}',
       CASE WHEN s.discharged IS NULL THEN 'ACTIVE' ELSE 'DISCHARGED' END,
       r.at,
       s.discharged,
       s.last_check_in,
       (v.p #>> '{news2,total}')::int,
       v.p #>> '{news2,risk}',
       (v.p #>> '{news2,complete}')::boolean,
       v.observed,
       s.version
FROM registered r
JOIN stream s ON s.id = r.id
LEFT JOIN latest_reading v ON v.id = r.id;
