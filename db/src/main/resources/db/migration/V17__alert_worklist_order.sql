-- The alert worklist reads its page in order from an index instead of sorting every open alert of the organization
-- (2.2 s per page over 100,000 open alerts before). Each alert row keeps its severity as a rank (LOW 0 ... CRITICAL 3,
-- the order of org.careledger.api.alert.Severity) and whether it is open; the worklist asks for is_open with the
-- statuses. The flag leads the index rather than a partial index's condition, because a prepared statement's generic
-- plan cannot use a partial index whose condition is a bound parameter.
ALTER TABLE alert_view ADD COLUMN is_open BOOLEAN;
ALTER TABLE alert_view ADD COLUMN severity_rank SMALLINT;

UPDATE alert_view SET
    is_open = status NOT IN ('RESOLVED', 'CANCELLED'),
    severity_rank = CASE severity WHEN 'LOW' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'HIGH' THEN 2 WHEN 'CRITICAL' THEN 3 END;

ALTER TABLE alert_view ALTER COLUMN is_open SET NOT NULL;
ALTER TABLE alert_view ALTER COLUMN severity_rank SET NOT NULL;

CREATE INDEX ix_alert_view_worklist ON alert_view (organization_id, is_open, severity_rank DESC, raised_at, alert_id);
-- the worklist's former index: organization and status, in time order; the new one serves every status filter
DROP INDEX ix_alert_view_org_status_raised;
