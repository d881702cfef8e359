package org.careledger.app;

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
 * A slow append must never be skipped by the projections. A writer keeps its transaction open, with
 * its event appended, for twice the gap timeout while another patient is registered over REST.
 * Without ordered appends the second event commits first, the projection passes the first one's
 * index, gives up on that gap after the timeout and never projects the slow patient. (All integration
 * tests run with a gap timeout of one second.)
 */
class OrderedAppendIT extends IntegrationTest {
    private static final Duration HELD_OPEN = Duration.ofSeconds(2);

    @Autowired
    EventStorageEngine storage;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventOfASlowTransactionIsProjectedAfterLaterOnes() throws Exception {
        for (int round = 0; round < 2; round++) {
            PatientId slow = PatientId.newId();
            Thread writer = new Thread(() -> appendAndHoldOpen(slow, organizationOfDemo()));
            writer.start();
            Thread.sleep(300); // the slow writer has appended before the fast one starts
            String fast = registerPatient();
            writer.join();

            awaitVersion(admin(), fast, 0);
            awaitVersion(admin(), slow.toString(), 0);
        }
    }

    private void appendAndHoldOpen(PatientId patient, OrganizationId organization) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var registered = new PatientRegistered(patient, organization, new Mrn(uniqueMrn()),
                    new Demographics(new PersonName("Slow", "Writer"), LocalDate.of(1970, 1, 1), Sex.UNKNOWN),
                    ContactDetails.none(), new UserId(UUID.randomUUID()));
            storage.appendEvents(new GenericDomainEventMessage<>("Patient", patient.toString(), 0, registered));
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
