package org.careledger.query.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentSummary;
import org.careledger.api.appointment.AppointmentType;
import org.junit.jupiter.api.Test;

/** The feed's format as RFC 5545 defines it: CRLF lines, folding at 75 octets, TEXT escaping, UTC times. */
class ICalendarTest {
    private static final Instant GENERATED = Instant.parse("2026-03-01T12:00:00.123Z");
    private static final AppointmentSummary BOOKED = summary(1, AppointmentStatus.BOOKED, 2);
    private static final AppointmentSummary PROPOSED = summary(2, AppointmentStatus.PROPOSED, 0);
    private static final AppointmentSummary CANCELLED = summary(3, AppointmentStatus.CANCELLED, 1);

    @Test
    void aFeedIsOneCalendarWithOneEventPerAppointmentAndEveryLineEndsInCrlf() {
        String feed = ICalendar.feed("CareLedger appointments", GENERATED, List.of(BOOKED, PROPOSED, CANCELLED));

        assertThat(feed).endsWith("END:VCALENDAR\r\n");
        assertThat(feed.replace("\r\n", "")).doesNotContain("\r", "\n");
        List<String> lines = Arrays.asList(feed.split("\r\n"));
        assertThat(lines.subList(0, 6)).containsExactly("BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//CareLedger//Appointments 1.0//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                "X-WR-CALNAME:CareLedger appointments");
        assertThat(lines).filteredOn("BEGIN:VEVENT"::equals).hasSize(3);
        assertThat(lines).filteredOn("END:VEVENT"::equals).hasSize(3);
    }

    @Test
    void anEventHasAStableUidUtcTimesItsSequenceAndStatus() {
        List<String> lines = Arrays.asList(ICalendar.feed("x", GENERATED, List.of(BOOKED)).split("\r\n"));

        assertThat(lines.subList(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT") + 1)).containsExactly(
                "BEGIN:VEVENT",
                "UID:" + BOOKED.appointmentId() + "@careledger",
                "DTSTAMP:20260301T120000Z",
                "DTSTART:20260302T090000Z",
                "DTEND:20260302T093000Z",
                "SEQUENCE:2",
                "STATUS:CONFIRMED",
                "SUMMARY:Follow-up appointment",
                "LAST-MODIFIED:20260220T100000Z",
                "END:VEVENT");
    }

    @Test
    void statusesMapToTentativeConfirmedAndCancelled() {
        String feed = ICalendar.feed("x", GENERATED, List.of(PROPOSED, CANCELLED));

        assertThat(feed).contains("STATUS:TENTATIVE\r\n", "STATUS:CANCELLED\r\n").doesNotContain("CONFIRMED");
        assertThat(ICalendar.status(AppointmentStatus.NOSHOW)).isEqualTo("CONFIRMED");
        assertThat(ICalendar.status(AppointmentStatus.ENTERED_IN_ERROR)).isEqualTo("CANCELLED");
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(ICalendar.textLine("SUMMARY", "a\\b;c,d\ne\r\nf"))
                .isEqualTo("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\r\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithALeadingSpace() {
        String value = "x".repeat(200);

        String folded = ICalendar.textLine("X-WR-CALNAME", value);

        String[] lines = folded.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).hasSize(75).startsWith(" ");
        assertThat(lines[2]).startsWith(" ");
        assertThat(folded.replace("\r\n ", "")).isEqualTo("X-WR-CALNAME:" + value + "\r\n");
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() {
        String value = "é".repeat(60); // two octets each in UTF-8

        String folded = ICalendar.textLine("SUMMARY", value);

        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line.replace(" ", "").replace("SUMMARY:", "")).matches("é*");
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + value + "\r\n");
    }

    @Test
    void noFreeTextReachesTheFeedOnlyTheKindOfAppointment() {
        String feed = ICalendar.feed("x", GENERATED, List.of(BOOKED));

        assertThat(feed).doesNotContain("DESCRIPTION", "LOCATION", "ATTENDEE", BOOKED.patientId().toString());
    }

    private static AppointmentSummary summary(int n, AppointmentStatus status, int sequence) {
        Instant start = Instant.parse("2026-03-02T09:00:00Z").plusSeconds(3600L * (n - 1));
        return new AppointmentSummary(AppointmentEvents.appointmentId(n).value(), AppointmentEvents.PATIENT.value(),
                AppointmentEvents.CLINICIAN.value(), AppointmentType.FOLLOW_UP, status, start, start.plusSeconds(1800),
                30, Instant.parse("2026-02-20T10:00:00Z"), sequence, 3);
    }
}
