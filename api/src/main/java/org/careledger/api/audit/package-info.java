/**
 * The audit trail's own messages: reads of a patient's record, which are recorded in the event store like every
 * clinical fact, so "who looked" is as immutable as "what happened".
 */
package org.careledger.api.audit;
