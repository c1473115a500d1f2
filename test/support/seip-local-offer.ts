// Leicestershire SEIP's details (its opening's area and Schedule 2's) as a drafter fills them, for the template's tests and the
// API's: an invented partnership, clearly not one of the five.
export const EXAMPLE_LOCAL_OFFER_DETAILS: Record<string, string> = {
  partnershipArea: 'Example Area',
  partnershipName: 'Example Inclusion Partnership',
  partnershipSchools: 'Alpha College, Beta Academy',
  chairName: 'Pat Example',
  chairTitle: 'Headteacher of Alpha College',
  coordinatorName: 'Sam Example',
  partnershipAddress: '1 Example Road, Leicester',
  partnershipContacts: 'www.example-partnership.test',
  progressReviewArrangements: 'Programmes are reviewed every six weeks.',
  partnershipTeam: 'A Co-ordinator and two Key Workers',
}
