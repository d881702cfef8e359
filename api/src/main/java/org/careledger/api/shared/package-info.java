/** Building blocks every part of CareLedger shares: identities of organizations, people and patients, the acting user, and the error vocabulary. */
package org.careledger.api.shared;
