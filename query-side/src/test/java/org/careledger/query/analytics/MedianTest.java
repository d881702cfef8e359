package org.careledger.query.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void anOddCountHasItsMiddleValue() {
        assertThat(Median.secondsOf(millis(9_000, 1_000, 4_000))).isEqualTo(4.0);
    }

    @Test
    void anEvenCountHasTheMeanOfTheMiddleTwo() {
        assertThat(Median.secondsOf(millis(1_000, 10_000, 2_000, 7_001))).isEqualTo(4.5005);
    }

    @Test
    void noValuesHaveNoMedian() {
        assertThat(Median.secondsOf(List.of())).isNull();
    }

    @Test
    void microsecondsAreKept() {
        assertThat(Median.secondsOf(List.of(Duration.ofNanos(1_000_001_000L)))).isEqualTo(1.000001);
    }

    private static List<Duration> millis(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
    }
}
