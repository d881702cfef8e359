package org.careledger.saga.notification;

/**
 * A channel did not take a notification. {@code reason} is recorded on the alert, so it names the failure (HTTP
 * status, provider error code, missing configuration) and never echoes an address or a provider's free text.
 */
public class DeliveryFailure extends RuntimeException {
    private final boolean retryable;

    private DeliveryFailure(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
    }

    /** Trying again later may succeed: a timeout, a refused connection, a 5xx or 429 answer. */
    public static DeliveryFailure transientFailure(String reason, Throwable cause) {
        return new DeliveryFailure(reason, true, cause);
    }

    public static DeliveryFailure transientFailure(String reason) {
        return transientFailure(reason, null);
    }

    /** Trying again cannot help: the channel is not configured, the address is missing or refused. */
    public static DeliveryFailure permanent(String reason) {
        return new DeliveryFailure(reason, false, null);
    }

    public boolean retryable() {
        return retryable;
    }

    public String reason() {
        return getMessage();
    }
}
