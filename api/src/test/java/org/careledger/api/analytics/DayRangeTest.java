package org.careledger.api.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;
import org.junit.jupiter.api.Test;

class DayRangeTest {
    private static final LocalDate NEW_YEAR = LocalDate.of(2025, 1, 1);

    @Test
    void aRangeHoldsBothEnds() {
        assertThat(new DayRange(NEW_YEAR, NEW_YEAR.plusDays(2)).days()).containsExactly(
                NEW_YEAR, NEW_YEAR.plusDays(1), NEW_YEAR.plusDays(2));
        assertThat(new DayRange(NEW_YEAR, NEW_YEAR).days()).containsExactly(NEW_YEAR);
    }

    @Test
    void atMost366DaysAreAllowed() {
        assertThat(new DayRange(NEW_YEAR, NEW_YEAR.plusDays(365)).days()).hasSize(366);
        var tooLong = catchThrowableOfType(InvalidRequest.class, () -> new DayRange(NEW_YEAR, NEW_YEAR.plusDays(366)));
        assertThat(tooLong.errors()).extracting(FieldError::field).containsExactly("to");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        var reversed = catchThrowableOfType(InvalidRequest.class, () -> new DayRange(NEW_YEAR, NEW_YEAR.minusDays(1)));
        assertThat(reversed.errors()).containsExactly(new FieldError("to", "must not be before from"));
    }

    @Test
    void everyMissingEndIsNamed() {
        var missing = catchThrowableOfType(InvalidRequest.class, () -> new DayRange(null, null));
        assertThat(missing.errors()).extracting(FieldError::field).containsExactly("from", "to");
    }
}
