package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends become visible in global-index order, so a tracking processor never passes an event that a
 * slower transaction will commit later (and, after the gap timeout, skip it for good: AxonFramework
 * issue 4829). A writer keeps its transaction open, with its event appended, for twice the gap timeout
 * while another patient is registered over REST; when that registration returns, the slow event must
 * already be visible below it, and both patients must reach the projection.
 */
class OrderedAppendIT extends IntegrationTest {
    private static final Duration HELD_OPEN = Duration.ofSeconds(2);

    @Autowired
    EventStorageEngine storage;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAppendBecomesVisibleOnlyAfterEveryEarlierOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            PatientId slow = PatientId.newId();
            Thread writer = new Thread(() -> appendAndHoldOpen(organizationOfDemo(), slow));
            writer.start();
            Thread.sleep(300); // the slow writer has taken its global index before the fast one starts
            String fast = registerPatient();

            // The fast registration has committed. Its event has the higher index, so the slow one must
            // be visible already: a reader that sees index n+1 can never later find index n appearing.
            long slowIndex = globalIndexOf(slow.toString());
            assertThat(slowIndex).as("the slow event is visible once a later one is").isNotNegative();
            assertThat(globalIndexOf(fast)).isGreaterThan(slowIndex);
            writer.join();
            awaitVersion(admin(), fast, 0);
            awaitVersion(admin(), slow.toString(), 0);
        }
    }

    /** The global index of the aggregate's first event, as any other reader sees it now; -1 if not visible. */
    private static long globalIndexOf(String aggregateId) throws SQLException {
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement(
                        "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")) {
            query.setString(1, aggregateId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    private void appendAndHoldOpen(OrganizationId organization, PatientId... patients) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (PatientId patient : patients) {
                var registered = new PatientRegistered(patient, organization, new Mrn(uniqueMrn()),
                        new Demographics(new PersonName("Slow", "Writer"), LocalDate.of(1970, 1, 1), Sex.UNKNOWN),
                        ContactDetails.none(), new UserId(UUID.randomUUID()));
                storage.appendEvents(new GenericDomainEventMessage<>("Patient", patient.toString(), 0, registered));
            }
            try {
                Thread.sleep(HELD_OPEN.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private OrganizationId organizationOfDemo() {
        return new OrganizationId(organizations.findByName("Demo Clinic").orElseThrow().id());
    }
}
