/**
 * Daily figures for analysts and auditors, counted from the event record: per patient (readings, NEWS2, alerts,
 * check-in adherence) and per organization (patients monitored, alert response, appointments).
 */
package org.careledger.api.analytics;
