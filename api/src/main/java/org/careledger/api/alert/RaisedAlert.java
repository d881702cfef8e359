package org.careledger.api.alert;

/**
 * The answer to {@link RaiseAlert}: the alert that now stands for the finding, either new or the open
 * alert of the same patient and type that it recurred on, with that alert's version after the raise.
 */
public record RaisedAlert(AlertId alertId, boolean recurrence, long version) {}
