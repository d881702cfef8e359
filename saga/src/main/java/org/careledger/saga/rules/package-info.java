/**
 * Rules that raise alerts: vital signs (NEWS2 and configured limits), red-flag check-ins and missed
 * daily check-ins. Nothing here is raised during a replay.
 */
package org.careledger.saga.rules;
