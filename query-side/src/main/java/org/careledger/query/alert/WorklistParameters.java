package org.careledger.query.alert;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.careledger.api.alert.AlertMetricsPeriod;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.InvalidValue;

/** Reads the alert endpoints' query-string words, ignoring case; an unknown word is a 400 naming the parameter. */
final class WorklistParameters {
    private static final Set<AlertStatus> CLOSED = EnumSet.of(AlertStatus.RESOLVED, AlertStatus.CANCELLED);

    private WorklistParameters() {}

    /** Statuses by name, or {@code open} and {@code closed} for the groups; none given means the open ones. */
    static Set<AlertStatus> statuses(List<String> words) {
        Set<AlertStatus> statuses = EnumSet.noneOf(AlertStatus.class);
        for (String word : nonBlank(words)) {
            switch (normalized(word)) {
                case "OPEN" -> statuses.addAll(AlertQueries.OPEN);
                case "CLOSED" -> statuses.addAll(CLOSED);
                default -> statuses.add(named(AlertStatus.class, "status", word, "open, closed, "));
            }
        }
        return statuses.isEmpty() ? AlertQueries.OPEN : statuses;
    }

    /** Severities by name; none given means every severity. */
    static Set<Severity> severities(List<String> words) {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        nonBlank(words).forEach(word -> severities.add(named(Severity.class, "severity", word, "")));
        return severities;
    }

    static AlertMetricsPeriod period(String word) {
        return named(AlertMetricsPeriod.class, "period", word, "");
    }

    private static List<String> nonBlank(List<String> words) {
        return words == null ? List.of() : words.stream().filter(word -> !word.isBlank()).toList();
    }

    private static <E extends Enum<E>> E named(Class<E> type, String parameter, String word, String groups) {
        try {
            return Enum.valueOf(type, normalized(word));
        } catch (IllegalArgumentException e) {
            String names = Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new InvalidValue(parameter, "must be one of " + groups + names);
        }
    }

    private static String normalized(String word) {
        return word.strip().toUpperCase(Locale.ROOT);
    }
}
