package org.careledger.app.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon when an append failed because the event table already holds that aggregate's sequence number, so the
 * caller gets a conflict (409) instead of an unexplained failure. Axon's default for JDBC only recognises
 * {@link java.sql.SQLIntegrityConstraintViolationException}, which PostgreSQL's driver never throws; both PostgreSQL and
 * H2 report a unique violation with SQL state {@value #UNIQUE_VIOLATION}.
 */
final class UniqueViolations implements PersistenceExceptionResolver {
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    // A batch failure carries the statement's own exception as the next exception rather than as its cause.
    private static boolean isUniqueViolation(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
