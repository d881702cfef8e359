/** Clinical alerts: raised by rules or by hand, escalated until someone acknowledges, notified on the channels people use. */
package org.careledger.api.alert;
