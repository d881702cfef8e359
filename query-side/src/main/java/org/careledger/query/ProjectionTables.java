package org.careledger.query;

import java.util.List;
import java.util.Objects;

/**
 * A read model that can be rebuilt from the event record: the processing group that feeds it and the tables it alone
 * writes, which its {@code @ResetHandler} empties before a replay. Every projection declares one as a Spring bean, so
 * rebuild tooling and tests find them all without a list to keep by hand.
 */
public record ProjectionTables(String processingGroup, List<String> tables) {
    public ProjectionTables {
        Objects.requireNonNull(processingGroup, "processingGroup");
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a projection owns at least one table");
        }
    }

    public static ProjectionTables of(String processingGroup, String... tables) {
        return new ProjectionTables(processingGroup, List.of(tables));
    }
}
