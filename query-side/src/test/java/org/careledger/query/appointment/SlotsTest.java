package org.careledger.query.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careledger.query.appointment.AppointmentEvents.LONDON;
import static org.careledger.query.appointment.AppointmentEvents.OFFICE_HOURS;
import static org.careledger.query.appointment.AppointmentEvents.period;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.careledger.api.appointment.AvailableSlot;
import org.careledger.api.appointment.SchedulePeriod;
import org.careledger.api.shared.InvalidValue;
import org.junit.jupiter.api.Test;

/** Slot arithmetic in Europe/London, where clocks go forward on 29 March 2026 and back on 25 October 2026. */
class SlotsTest {
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final LocalDate FRIDAY_BEFORE_SPRING = LocalDate.of(2026, 3, 27);
    private static final LocalDate MONDAY_AFTER_SPRING = LocalDate.of(2026, 3, 30);
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    private static final WorkingWeek SUNDAY_NIGHTS = new WorkingWeek(30, List.of(period(DayOfWeek.SUNDAY, "00:00",
            "04:00")));

    @Test
    void anOfficeDayHasSixteenHalfHourSlotsFromNineToFive() {
        List<AvailableSlot> slots = free(OFFICE_HOURS, FRIDAY_BEFORE_SPRING, FRIDAY_BEFORE_SPRING, List.of(), LONG_AGO);

        assertThat(slots).hasSize(16);
        assertThat(slots.get(0)).isEqualTo(slot("2026-03-27T09:00:00Z", "2026-03-27T09:30:00Z"));
        assertThat(slots.get(15)).isEqualTo(slot("2026-03-27T16:30:00Z", "2026-03-27T17:00:00Z"));
    }

    @Test
    void workingHoursKeepTheirLocalTimesAcrossTheChangeToSummerTime() {
        List<AvailableSlot> slots = free(OFFICE_HOURS, FRIDAY_BEFORE_SPRING, MONDAY_AFTER_SPRING, List.of(), LONG_AGO);

        // Friday in GMT, no weekend slots, Monday in BST: 09:00 local is 08:00 UTC
        assertThat(slots).hasSize(32);
        assertThat(slots.get(16)).isEqualTo(slot("2026-03-30T08:00:00Z", "2026-03-30T08:30:00Z"));
        assertThat(slots.get(31).end()).isEqualTo(Instant.parse("2026-03-30T16:00:00Z"));
    }

    @Test
    void aNightPeriodIsAnHourShorterWhenTheClocksGoForward() {
        List<AvailableSlot> slots = free(SUNDAY_NIGHTS, SPRING_FORWARD, SPRING_FORWARD, List.of(), LONG_AGO);

        // 00:00 GMT until 04:00 BST is three real hours
        assertThat(slots).hasSize(6);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(slots.get(5).end()).isEqualTo(Instant.parse("2026-03-29T03:00:00Z"));
        assertThat(Slots.workingPeriods(SUNDAY_NIGHTS, LONDON, SPRING_FORWARD)).containsExactly(
                new SchedulePeriod(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T03:00:00Z")));
    }

    @Test
    void aNightPeriodIsAnHourLongerWhenTheClocksGoBack() {
        List<AvailableSlot> slots = free(SUNDAY_NIGHTS, FALL_BACK, FALL_BACK, List.of(), LONG_AGO);

        // 00:00 BST (23:00 UTC the day before) until 04:00 GMT is five real hours
        assertThat(slots).hasSize(10);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(slots.get(9).end()).isEqualTo(Instant.parse("2026-10-25T04:00:00Z"));
    }

    @Test
    void aLocalTimeInTheSpringGapStartsWhenTheClockShowsItNext() {
        var fromTheGap = new WorkingWeek(30, List.of(period(DayOfWeek.SUNDAY, "01:30", "03:00")));

        // 01:30 does not exist that night; the period starts at 02:30 BST (01:30 UTC) and ends at 03:00 BST
        assertThat(free(fromTheGap, SPRING_FORWARD, SPRING_FORWARD, List.of(), LONG_AGO))
                .containsExactly(slot("2026-03-29T01:30:00Z", "2026-03-29T02:00:00Z"));
    }

    @Test
    void aDayStartsAtLocalMidnight() {
        assertThat(Slots.startOf(LocalDate.of(2026, 7, 1), LONDON)).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(Slots.startOf(LocalDate.of(2026, 1, 1), LONDON)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aSlotOverlappingABlockedSpanEvenPartlyIsNotFree() {
        var blocked = List.of(new SchedulePeriod(Instant.parse("2026-03-27T09:45:00Z"),
                Instant.parse("2026-03-27T10:05:00Z")));

        List<AvailableSlot> slots = free(OFFICE_HOURS, FRIDAY_BEFORE_SPRING, FRIDAY_BEFORE_SPRING, blocked, LONG_AGO);

        assertThat(slots).hasSize(14).extracting(AvailableSlot::start).doesNotContain(
                Instant.parse("2026-03-27T09:30:00Z"), Instant.parse("2026-03-27T10:00:00Z"));
        assertThat(slots).extracting(AvailableSlot::start).contains(Instant.parse("2026-03-27T09:00:00Z"),
                Instant.parse("2026-03-27T10:30:00Z"));
    }

    @Test
    void slotsStartingAtOrBeforeNowAreNotOffered() {
        Instant now = Instant.parse("2026-03-27T12:10:00Z");

        List<AvailableSlot> slots = free(OFFICE_HOURS, FRIDAY_BEFORE_SPRING, FRIDAY_BEFORE_SPRING, List.of(), now);

        assertThat(slots).hasSize(9);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-03-27T12:30:00Z"));
    }

    @Test
    void aPeriodThatIsNotAWholeNumberOfSlotsEndsWithTheLastWholeSlot() {
        var odd = new WorkingWeek(45, List.of(period(DayOfWeek.FRIDAY, "09:00", "11:00")));

        assertThat(free(odd, FRIDAY_BEFORE_SPRING, FRIDAY_BEFORE_SPRING, List.of(), LONG_AGO)).containsExactly(
                slot("2026-03-27T09:00:00Z", "2026-03-27T09:45:00Z"),
                slot("2026-03-27T09:45:00Z", "2026-03-27T10:30:00Z"));
    }

    @Test
    void overlappingPeriodsOnOneDayAndOddSlotLengthsAreRefused() {
        assertThatThrownBy(() -> new WorkingWeek(30, List.of(period(DayOfWeek.MONDAY, "09:00", "12:00"),
                period(DayOfWeek.MONDAY, "11:00", "13:00"))))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new WorkingWeek(4, List.of())).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> period(DayOfWeek.MONDAY, "12:00", "12:00")).isInstanceOf(InvalidValue.class);
    }

    private static List<AvailableSlot> free(WorkingWeek week, LocalDate from, LocalDate to,
            List<SchedulePeriod> blocked, Instant now) {
        return Slots.free(week, LONDON, from, to, blocked, now);
    }

    private static AvailableSlot slot(String start, String end) {
        return new AvailableSlot(Instant.parse(start), Instant.parse(end));
    }
}
