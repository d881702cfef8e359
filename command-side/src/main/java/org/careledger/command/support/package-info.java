/** Command-handling concerns shared by every feature: how refusals travel back to the caller, and the aggregate caches. */
package org.careledger.command.support;
