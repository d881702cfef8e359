/**
 * Process managers live here: escalation, notification and reminders; they meet the other modules only through
 * the messages of {@code api}.
 */
package org.careledger.saga;
