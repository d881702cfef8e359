package org.careledger.api.patient;

import java.time.LocalDate;
import java.util.Objects;
import org.careledger.api.shared.InvalidValue;

/**
 * Who the patient is (PHI): name, date of birth and administrative sex. Whether the birth date
 * lies in the future is a rule of the Patient aggregate, which knows the clock.
 */
public record Demographics(PersonName name, LocalDate birthDate, Sex sex) {
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1880, 1, 1);

    public Demographics {
        Objects.requireNonNull(name, "name");
        if (birthDate == null) {
            throw new InvalidValue("birthDate", "is required");
        }
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidValue("birthDate", "must not be before 1880-01-01");
        }
        if (sex == null) {
            throw new InvalidValue("sex", "is required");
        }
    }

    @Override
    public String toString() {
        return "Demographics[***]";
    }
}
