/**
 * The process of every booked appointment: reminders before the start, and the no-show mark when the patient has not
 * checked in by the end of the grace period (docs/reminders.md).
 */
package org.careledger.saga.appointment;
