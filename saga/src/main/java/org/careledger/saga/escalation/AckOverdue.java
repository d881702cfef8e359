package org.careledger.saga.escalation;

/**
 * The payload of an acknowledgement deadline. {@code serial} numbers the deadlines of one saga, so a
 * deadline that fires although the saga has replaced it (cancelled while already executing, or run
 * twice because the node died before db-scheduler recorded the run) is recognized and ignored.
 */
record AckOverdue(int serial) {}
