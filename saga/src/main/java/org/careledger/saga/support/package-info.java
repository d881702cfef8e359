/** What every process manager needs: sending commands and telling a refusal from a failure. */
package org.careledger.saga.support;
