package org.careledger.query.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.shared.InvalidValue;

/** Reads the appointment endpoints' query-string values; a value that does not parse is a 400 naming the parameter. */
final class AppointmentParameters {

    private AppointmentParameters() {}

    /** Statuses by name, ignoring case, repeated or comma-separated; none given means every status. */
    static Set<AppointmentStatus> statuses(List<String> words) {
        Set<AppointmentStatus> statuses = EnumSet.noneOf(AppointmentStatus.class);
        if (words == null) {
            return statuses;
        }
        for (String word : words.stream().flatMap(value -> Arrays.stream(value.split(","))).toList()) {
            if (word.isBlank()) {
                continue;
            }
            try {
                statuses.add(AppointmentStatus.valueOf(word.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                String names = Arrays.stream(AppointmentStatus.values())
                        .map(status -> status.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "));
                throw new InvalidValue("status", "must be one of " + names);
            }
        }
        return statuses;
    }

    static UUID uuid(String name, String value) {
        return parse(name, value, UUID::fromString, "must be a UUID");
    }

    static Instant instant(String name, String value) {
        return parse(name, value, Instant::parse, "must be an instant such as 2026-03-02T09:00:00Z");
    }

    static LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, "must be a date such as 2026-03-02");
    }

    static YearMonth month(String name, String value) {
        return parse(name, value, YearMonth::parse, "must be a month such as 2026-03");
    }

    /** Absent or blank stays null. */
    private static <T> T parse(String name, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidValue(name, message);
        }
    }
}
