package org.caseflow.workflow.frontdoor;

/** Who a known child is, as their case record says: what a contact for them is linked to. */
record ChildIdentity(String laChildId, String givenName, String familyName, String dateOfBirth, String expectedDateOfBirth) {
}
