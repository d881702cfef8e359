/** Command-handling concerns shared by every feature: how refusals travel back to the caller. */
package org.careledger.command.support;
