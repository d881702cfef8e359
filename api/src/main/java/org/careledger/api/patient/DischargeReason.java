package org.careledger.api.patient;

/**
 * Why a patient's monitoring ended. {@code NOT_RECORDED} stands for discharges whose reason nobody gave, among them
 * every discharge recorded before reasons existed ({@code PatientDischarged} revision 1).
 */
public enum DischargeReason {
    /** Monitoring finished as planned. */
    COMPLETED,
    /** Care moved to another service or organization. */
    TRANSFERRED,
    /** The patient asked to stop being monitored. */
    WITHDRAWN,
    /** The patient died. */
    DECEASED,
    NOT_RECORDED
}
