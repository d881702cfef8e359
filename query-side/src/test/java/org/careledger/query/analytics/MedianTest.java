package org.careledger.query.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void anOddCountHasItsMiddleValue() {
        assertThat(Median.secondsOf(List.of(9_000L, 1_000L, 4_000L))).isEqualTo(4.0);
    }

    @Test
    void anEvenCountHasTheMeanOfTheMiddleTwo() {
        assertThat(Median.secondsOf(List.of(1_000L, 10_000L, 2_000L, 7_001L))).isEqualTo(4.5005);
    }

    @Test
    void noValuesHaveNoMedian() {
        assertThat(Median.secondsOf(List.of())).isNull();
    }
}
