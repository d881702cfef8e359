package org.careledger.command.web;

import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import io.vavr.collection.Seq;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;
import org.careledger.api.shared.InvalidValue;

/**
 * Parses request fields into value objects while collecting every failure, so a client learns about
 * all bad fields in one 400 response instead of one per attempt.
 */
public final class Fields {
    private Fields() {}

    /** Builds a value; an {@link InvalidValue} becomes the error of the field it names. */
    public static <T> Validation<FieldError, T> field(Supplier<T> constructor) {
        try {
            return Validation.valid(constructor.get());
        } catch (InvalidValue invalid) {
            return Validation.invalid(FieldError.of(invalid));
        }
    }

    public static <T> Validation<FieldError, T> required(String name, T value) {
        return value == null ? Validation.invalid(new FieldError(name, "is required")) : Validation.valid(value);
    }

    public static Validation<FieldError, LocalDate> date(String name, String value) {
        return parse(name, value, LocalDate::parse, "must be a date such as 1960-04-30");
    }

    /** An optional instant: absent stays null. */
    public static Validation<FieldError, Instant> instant(String name, String value) {
        return value == null ? Validation.valid(null)
                : parse(name, value, Instant::parse, "must be an instant such as 2026-01-31T08:15:00Z");
    }

    /** An optional id: absent stays null. */
    public static Validation<FieldError, UUID> uuid(String name, String value) {
        return value == null ? Validation.valid(null) : parse(name, value, UUID::fromString, "must be a UUID");
    }

    public static <E extends Enum<E>> Validation<FieldError, E> oneOf(String name, String value, Class<E> type) {
        String allowed = Arrays.toString(type.getEnumConstants());
        return parse(name, value, v -> Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT).replace('-', '_')),
                "must be one of " + allowed);
    }

    /** An optional code: absent stays null. */
    public static <E extends Enum<E>> Validation<FieldError, E> optionalOneOf(String name, String value, Class<E> type) {
        return value == null ? Validation.valid(null) : oneOf(name, value, type);
    }

    /** A value whose parts are checked together; every violated part is reported. */
    public static <T> Validation<Seq<FieldError>, T> checked(java.util.List<InvalidValue> violations,
            Supplier<T> constructor) {
        return violations.isEmpty() ? Validation.valid(constructor.get())
                : Validation.invalid(io.vavr.collection.List.ofAll(violations).map(FieldError::of));
    }

    /** Two combined results as one: valid when both are, otherwise with the errors of both. */
    public static <A, B> Validation<Seq<FieldError>, io.vavr.Tuple2<A, B>> both(
            Validation<Seq<FieldError>, A> first, Validation<Seq<FieldError>, B> second) {
        return Validation.combine(first, second).ap(io.vavr.Tuple::of).mapError(errors -> errors.flatMap(e -> e));
    }

    /** One field's result in the shape of a combined one. */
    public static <T> Validation<Seq<FieldError>, T> single(Validation<FieldError, T> result) {
        return result.mapError(io.vavr.collection.List::of);
    }

    /** Unwraps a valid result, or refuses the whole request with every collected error. */
    public static <T> T orRefuse(Validation<Seq<FieldError>, T> result) {
        if (result.isInvalid()) {
            throw new InvalidRequest(result.getError().toJavaList());
        }
        return result.get();
    }

    private static <T> Validation<FieldError, T> parse(
            String name, String value, java.util.function.Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return Validation.invalid(new FieldError(name, "is required"));
        }
        try {
            return Validation.valid(parser.apply(value));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Validation.invalid(new FieldError(name, message));
        }
    }
}
