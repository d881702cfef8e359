/** The acknowledgement clock of every open alert: escalation until someone takes the alert on. */
package org.careledger.saga.escalation;
