package org.careledger.command.appointment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** Booking on H2 in PostgreSQL mode, as the zero-install default profile runs it. */
@SpringBootTest(classes = AppointmentBookingContract.Application.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:appointments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class AppointmentBookingH2Test extends AppointmentBookingContract {}
