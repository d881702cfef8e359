/** The Patient part of the record: registration, demographics, care team, vital signs, check-ins and discharge. */
package org.careledger.api.patient;
