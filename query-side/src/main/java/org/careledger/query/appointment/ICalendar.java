package org.careledger.query.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AppointmentSummary;
import org.careledger.api.appointment.AppointmentType;

/**
 * Writes appointments as an iCalendar feed (RFC 5545) that calendar applications subscribe to: content lines end in
 * CRLF and are folded at 75 octets without splitting a UTF-8 character (3.1), TEXT values escape backslash, semicolon,
 * comma and line breaks (3.3.11), and every time is UTC ("Z" form, 3.3.5). Each appointment is one VEVENT whose UID
 * is stable and whose SEQUENCE grows with each change of time or status, so subscribers update rather than
 * duplicate it. No free text goes into the feed: the summary names only the kind of appointment.
 */
final class ICalendar {
    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    static final String PRODUCT = "-//CareLedger//Appointments 1.0//EN";
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private ICalendar() {}

    /** A whole feed: the calendar's name, the time it was made (DTSTAMP) and its appointments. */
    static String feed(String name, Instant generatedAt, List<AppointmentSummary> appointments) {
        var calendar = new ICalendar();
        calendar.line("BEGIN", "VCALENDAR");
        calendar.line("VERSION", "2.0");
        calendar.line("PRODID", PRODUCT);
        calendar.line("CALSCALE", "GREGORIAN");
        calendar.line("METHOD", "PUBLISH");
        calendar.text("X-WR-CALNAME", name);
        appointments.forEach(appointment -> calendar.event(appointment, generatedAt));
        calendar.line("END", "VCALENDAR");
        return calendar.out.toString();
    }

    private void event(AppointmentSummary appointment, Instant generatedAt) {
        line("BEGIN", "VEVENT");
        line("UID", appointment.appointmentId() + "@careledger");
        line("DTSTAMP", utc(generatedAt));
        line("DTSTART", utc(appointment.start()));
        line("DTEND", utc(appointment.end()));
        line("SEQUENCE", Integer.toString(appointment.calendarSequence()));
        line("STATUS", status(appointment.status()));
        text("SUMMARY", summary(appointment.type()));
        line("LAST-MODIFIED", utc(appointment.updatedAt()));
        line("END", "VEVENT");
    }

    /** PROPOSED is not yet agreed; an appointment that was called off or entered in error is removed from calendars. */
    static String status(AppointmentStatus status) {
        return switch (status) {
            case PROPOSED -> "TENTATIVE";
            case BOOKED, CHECKED_IN, FULFILLED, NOSHOW -> "CONFIRMED";
            case CANCELLED, ENTERED_IN_ERROR -> "CANCELLED";
        };
    }

    static String summary(AppointmentType type) {
        return switch (type) {
            case CONSULTATION -> "Consultation";
            case FOLLOW_UP -> "Follow-up appointment";
            case EMERGENCY -> "Emergency appointment";
            case ROUTINE_CHECKUP -> "Routine check-up";
            case VIDEO -> "Video consultation";
        };
    }

    /** A property whose value is TEXT, escaped. */
    void text(String name, String value) {
        line(name, escape(value));
    }

    /** A property whose value needs no escaping, folded to lines of at most 75 octets. */
    void line(String name, String value) {
        fold(name + ":" + value);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Every physical line holds at most 75 octets; continuation lines begin with one space, which counts. */
    private void fold(String contentLine) {
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    /** For tests of the line format: the lines written by {@link #text}. */
    static String textLine(String name, String value) {
        var calendar = new ICalendar();
        calendar.text(name, value);
        return calendar.out.toString();
    }
}
