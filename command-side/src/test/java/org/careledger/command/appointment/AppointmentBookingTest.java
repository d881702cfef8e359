package org.careledger.command.appointment;

import org.springframework.boot.test.context.SpringBootTest;
import org.careledger.command.alert.TestDatabase;
import org.springframework.test.context.ContextConfiguration;

/** Booking on a fresh PostgreSQL database. */
@SpringBootTest(classes = AppointmentBookingContract.Application.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = TestDatabase.class)
class AppointmentBookingTest extends AppointmentBookingContract {}
