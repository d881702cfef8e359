package org.careledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {
    private final UniqueViolations resolver = new UniqueViolations();

    @Test
    void aUniqueViolationAnywhereInTheCausesIsADuplicate() {
        var violation = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", violation))).isTrue();
    }

    @Test
    void aBatchFailureIsADuplicateWhenItsStatementsExceptionIs() {
        var batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        var wrapped = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        wrapped.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(wrapped))).isTrue();
    }

    @Test
    void otherConstraintsAndFailuresAreNot() {
        var notNull = new SQLIntegrityConstraintViolationException("null value in column", "23502");
        var connection = new SQLException("connection refused", "08001");

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(notNull))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(connection))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
