package org.careledger.saga.appointment;

/**
 * Where a due reminder goes: the notification process picks the recipients and channels, sends after the deadline's
 * transaction has committed, and records each attempt on the appointment.
 */
public interface ReminderSender {

    /**
     * Sends the reminder unless it was sent already: a deadline that runs twice (the node died before the scheduler
     * recorded the run) reaches this twice, and must not remind anyone twice.
     */
    void remind(AppointmentReminder reminder);
}
