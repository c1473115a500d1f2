// Leicestershire SEIP Schedule 3: the template Memorandum of Understanding between the member
// schools of a Secondary Education and Inclusion Partnership, as its own template and as the
// schedule of the SEIP agreement. Paragraph 9.3: disputes go to the SEIP Executive Steering Group
// after 4 weeks; 10.2.1: a member school withdraws on 3 years' notice ending on 5 April; 10.2.2:
// the Lead School steps down on six months' notice.
import type { Section } from '#clauses/agreement-content'
import type { Party } from '#clauses/party'
import { clause, prose, section, withPartyOptions } from '../builders'
import { findPartnership, SEIP_PARTNERSHIPS } from '../leicestershire-seip/partnerships'
import type { AgreementTemplate, TemplateBuildOptions } from '../template'

const TITLE = 'Memorandum of Understanding between Schools in Secondary Education and Inclusion Partnerships'

/** The Lead School and the member schools of the chosen partnership (Schedule 2, Appendix A), or a
 * single blank member school for the drafter to fill in. */
export function mouParties(options: TemplateBuildOptions): Party[] {
  const partnership = options.partnership ? findPartnership(options.partnership) : undefined
  const schools = partnership?.schools ?? ['']
  return withPartyOptions(
    [
      { id: 'lead-school', role: 'lead_school', name: '', definedAs: 'the Lead School' },
      ...schools.map((name, index): Party => ({ id: `member-school-${index + 1}`, role: 'member_school', name })),
    ],
    options,
  )
}

/** Paragraph 11: the Head and the Chair of Governors sign for the Lead School and for each member school. */
function mouSignatories(parties: Party[]) {
  return parties
    .filter((party) => party.role === 'lead_school' || party.role === 'member_school')
    .flatMap((party) => {
      const school = party.role === 'lead_school' ? 'Lead School' : 'Member School'
      return [
        { id: `${party.id}-head`, partyId: party.id, role: `Head of ${school}` },
        { id: `${party.id}-chair`, partyId: party.id, role: 'Chair of Governors' },
      ]
    })
}

export function mouSections(parties: Party[], partnershipName: string): Section[] {
  return [
    section('mou-scope', '1', "Scope", [
      prose(
        '',
        '',
      ["1.1", "This memorandum of understanding (the Memorandum) governs the relationship between member schools of each Leicestershire Secondary Education and Inclusion Partnership (Partnership)."],
      ["1.2", "Schools in the Partnership Areas"],
      ["1.2.1", "The schools in each Partnership area are set out in Appendix 1 to the Memorandum, which may be amended from time to time."],
      ["1.2.2", "In this Memorandum references to “schools” and “member schools” includes academy schools unless expressly stated otherwise"],
      ["1.2.3", "Defined terms in this Memorandum, unless expressly defined in the Memorandum, have the meaning given to them in Schedule 7 of the Partnership Agreement between the Leicestershire Secondary Education and Inclusion Partnerships and Leicestershire County Council"],
      ),
    ]),
    section('mou-introduction', '2', "Introduction", [
      prose(
        '',
        '',
      ["2.1", "This Memorandum of Understanding sets out the aims, objectives and accountabilities of member schools of Partnerships, and is intended to act as a point of reference for all members of the Partnerships. It should be read in conjunction with the following (available at http://www.leics.gov.uk/special_education_needs and https://sites.google.com/a/bpleics.co.uk/leicestershire-behaviour-partnerships/"],
      ["2.1.1", "Leicestershire Secondary Education and Inclusion Partnerships Agreement"],
      ["2.1.2", "Local Offer document for Partnership Provision"],
      ["2.1.3", "County Secondary Fair Access Protocol"],
      ["2.1.4", "And local protocols governing Managed Moves and other arrangements designed to support vulnerable pupils and maintain their engagement with education"],
      ["2.2", "The principles outlined in the Memorandum, are aimed primarily at KS4 and KS3 pupils in schools who are:"],
      ["2.2.1", "at risk of permanent exclusion from school"],
      ["2.2.2", "vulnerable as a result of Social Emotional and Mental Health Issues"],
      ["2.2.3", "self excluding from school."],
      ['•', "The main objective underpinning the Memorandum is to reduce the need for permanent exclusion from school by enabling Partnerships to plan and commission a personalised curriculum at KS4 and KS3. http://www.leics.gov.uk/special_education_needs https://sites.google.com/a/bpleics.co.uk/leicestershire-behaviour-partnerships/"],
      ),
    ]),
    section('mou-purpose', '3', "Purpose and principles", [
      prose(
        '',
        '',
      ["3.1", "The key purpose of Partnerships is for secondary schools to work collaboratively to improve outcomes for vulnerable pupils; raise educational standards, and personalise provision for vulnerable young people in their area."],
      ["3.2", "Principles"],
      ["3.2.1", "Member schools make a formal commitment to the shared vision that all children and young people are the responsibility of their Partnership. Partnership schools will work together to secure early intervention with children and young people at risk of exclusion, and those in danger of missing education with the aim of meeting the social, emotional and mental health needs so as to support good behaviour and improve outcomes for all children and young people."],
      ["3.2.2", "Member schools will work collectively to ensure that all children and young people entitled to secondary education in the area are placed on a school roll."],
      ["3.2.3", "Member schools and Partnerships agree and operate a Fair Access Protocol which ensures that all schools admit a fair share of vulnerable and challenging children and young people within the appropriate timescales, including those who have been permanently excluded from a local school."],
      ["3.2.4", "Member schools will agree an operate managed move protocol for children and young people for whom a move to another school is appropriate."],
      ["3.2.5", "Member schools and Partnerships collectively ensure that all children and young people will receive a stimulating, challenging and engaging curriculum, including appropriate literacy and numeracy programmes which are suitably supervised and monitored."],
      ["3.2.6", "Member schools and Partnerships agree to provide or commission, engaging, good quality education and a curriculum that is tailored to the needs of vulnerable and challenging young people and to participate in Partnership arrangements for Quality Assurance of that provision."],
      ["3.2.7", "Member schools and Partnerships agree that alternative provision is used with a view to the re-integration of vulnerable and challenging young people into mainstream education so that they are motivated, prepared for further learning and have a positive view of their future."],
      ["3.2.8", "Where member schools commission alternative provision independently of the local Partnership they agree to keep the Partnership informed and to follow agreed procedures for the oversight of such provision"],
      ["3.2.9", "Member schools agree to share accurate comprehensive data about their performance with respect to vulnerable children."],
      ),
    ]),
    section('mou-aims', '4', "Overall aims", [
      prose(
        '',
        '',
      ["4.1", "The strategic aim of the Partnerships is for secondary schools to work collaboratively to improve outcomes for pupils; raise educational standards, and personalise provision for vulnerable young people in localities. This will be achieved through commissioning the necessary mix of in school and out of school pupil education support and provision, including early intervention and prevention services, from the public, private and voluntary sector. Within that, they aspire to:"],
      ["4.1.1", "Provide a shared vision for staff and students at member schools, based around the “Assess, Plan, Do, Review cycle”. Build on the recognition in the SEN Code of Practice that poor behaviour is a form of communication informing professionals about a child’s underlying needs to create personalised, engaging and empowering programmes of learning and support for young people."],
      ["4.1.2", "Foster an ethos of success and achievement amongst learners, staff and the wider community, understanding that achievement will follow from attendance and engagement when the programme on offer is personalised for vulnerable and challenging learners"],
      ["4.1.3", "Broker provision from each other and external providers, using existing resources combined with additional resources devolved by Leicestershire County Council (the Local Authority) to Partnerships, and resources delegated to schools by the Local Authority"],
      ["4.1.4", "Share knowledge, resources and skills and work in partnership with each other and relevant agencies and organisations."],
      ["4.1.5", "Establish the conditions for continuous improvement in standards both in education and other services."],
      ["4.1.6", "Create a sustainable long-term Partnership."],
      ),
    ]),
    section('mou-responsibilities', '5', "Partnerships’ general responsibilities", [
      prose(
        '',
        '',
      ["5.1", "The Responsibilities of all Schools in a Partnership"],
      ["5.1.1", "Deliver services, and meet the relevant outcomes and targets for vulnerable groups. This may be done through individual member institutions or collectively, or by commissioning services from a range of alternative education providers."],
      ["5.1.2", "Aim for a full time educational offer for all pupils referred to the Partnership, whilst recognising that for some pupils who are disengaged from education, this may be a gradual process."],
      ["5.1.3", "Pay proper regard to relevant legislation, formal guidance, codes of practice, and national policies."],
      ["5.1.4", "Take responsibility for commissioning all alternative programmes needed by pupils in their areas, and accept collective responsibility for the placement of vulnerable children living in county and attending partnership area schools, and for achieving other partnership outcomes."],
      ["5.1.5", "Respond to Member of Parliament, Elected Member, Ombudsman, Ofsted, parent, voluntary sector complaints and requests for information received either directly or via the Local Authority."],
      ["5.1.6", "Abide by the terms of their Partnership agreement and its appendices."],
      ["5.1.7", "Contribute to the management of the Partnership, and agree a lead school and deputy lead school for the academic year."],
      ["5.1.8", "Move quickly to admit children agreed by the Partnership under the Fair Access Protocol, and ensure a fair distribution of vulnerable children across Partnership schools."],
      ["5.1.9", "Engage in local and national planning, and review procedures including Multi- agency Risk Assessment Conferences, Domestic Homicide Reviews, Child Protection Conferences, Serious Incident Learning Processes, Inspections of LA services, Serious Case Reviews, Children Using Sexually Abusive Behaviour, Children in Care Planning Meetings, Adoption Planning Meetings, Youth Offending Service court order monitoring and return from custody meetings, Supporting Leicestershire Families Meetings, Locality Hub Meetings."],
      ["5.2", "Commitment of Individual Schools who are members of the Partnership"],
      ["5.2.1", "The Partnership Agreement does not seek to limit the rights of Headteachers and Principals to exercise their legal powers in relation to Permanent Exclusion. Collectively Leicestershire secondary Headteachers and Principals acknowledge that there are occasions when a permanent exclusion is a necessary step. Member schools acknowledge the need to consult with the Chair of their Partnership prior to making such a decision in order to ensure that the reason for the decision is fully understood."],
      ["5.2.2", "Headteachers and Principals are responsible for ensuring that they have their own internal processes to ensure that any decision to place a pupil into a Partnership programme are taken with due regard to the legal processes related to a decision to exclude a child from school."],
      ["5.3", "Responsibilities of the Lead School"],
      ["5.3.1", "Comply with the terms of the Partnership Agreement between the Lead School and the Local Authority including but not limited to:"],
      ["5.3.1.1", "Maintain effective financial management of funding devolved to the Partnership by the Local Authority."],
      ["5.3.1.2", "Manage staffing and other resources in the Partnership area."],
      ["5.3.1.3", "Ensure access to financial records for the Local Authority and Internal Auditors."],
      ["5.3.1.4", "Prepare termly and annual reports on partnership, working in co- operation with the other Leicestershire Secondary Education and Inclusion Partnerships, in order to report to the Partnership Executive Group as set out in the Partnership Agreement."],
      ["5.4", "Local Authority Input"],
      ["5.4.1", "The Local Authority will support the Partnerships’ performance of their responsibilities, and in particular will use its position to encourage the co- operation of all the schools within the Partnerships."],
      ["5.4.2", "The Local Authority will provide to the Partnerships any data it holds which may be reasonably required by the Partnership for the performance of its responsibilities."],
      ["5.4.3", "The Local Authority will consult the Partnerships about the development of education and education related services where appropriate, including locality based working and commissioning of services."],
      ["5.4.4", "Where possible, the Local Authority will aim to provide appropriate advice, guidance, financial and physical resources to help the Partnerships achieve its aims."],
      ["5.4.5", "The Local Authority has commissioned Partnerships to ensure provision for permanently excluded pupils (as is required pursuant to Section 19 of the Education Act 1996) in accordance with the terms of the Partnership Agreement and this Memorandum."],
      ["5.4.6", "The Local Authority will not have any responsibilities in respect of the day-to- day operational issues, inputs and processes of the Partnerships."],
      ["5.4.7", "The Local Authority will raise the profile of the work of Partnerships across the County Council, East Midlands and Nationally."],
      ["5.5", "Management, Governance and Accountability"],
      ["5.5.1", "The Partnerships will ensure that it operates structures to allow all member schools to participate in:"],
      ["5.5.1.1", "decision making about local thresholds for children and young people and their schools to access partnership resources"],
      ["5.5.1.2", "The deployment of resources within the partnership, including decisions about the level of contribution expected from a child’s school where a personalised programme is put in place and as a contribution the work of the Partnership as a whole"],
      ["5.5.1.3", "Collective decisions about protocols and procedures that are used across the Partnership, particularly in ensuring that the Fair Access Protocol is operated effectively across the Partnership"],
      ["5.5.1.4", "Participation in judgements about the effectiveness of the work of the Partnership"],
      ["5.5.1.5", "Setting a development strategy for the Partnership working within the parameters of the Partnership Agreement with LCC."],
      ["5.5.2", "Each member school retains accountability for children and young people who are on the school roll. The Partnership will operate in ways that enable schools:"],
      ["5.5.2.1", "to continue to participate in progress reviews for their students,"],
      ["5.5.2.2", "to satisfy themselves that personalised programmes are aligned to each child’s needs"],
      ["5.5.2.3", "to be confident that effective child protection, safeguarding and health and safety arrangements are in place"],
      ["5.5.2.4", "to access information about these matters swiftly from the Partnership should it be required as part of the school’s accountability requirements."],
      ["5.5.3", "The Partnership will ensure that it meets the accountability requirements set out in the Partnership Agreement and that it contributes to the development of services for vulnerable children in the county by participating in the meetings of the Chairs of Partnership, The Executive Group and the meetings of Co- Ordinator’s."],
      ),
    ]),
    section('mou-funding', '6', "Funding Arrangements", [
      prose(
        '',
        '',
      ["6.1", "The funding for Partnerships is distributed to Partnerships on the basis of a formula. This is reviewed annually in the light of changes to school funding.."],
      ["6.2", "Member schools may also contribute to their Partnership’s budget by local agreement to extend the range of activity of the Partnership."],
      ["6.3", "Funding devolved to the Partnerships will not be further devolved to individual schools for purposes other than work to achieve the Partnership outcomes and in accordance with the Partnership Agreement."],
      ["6.4", "The total funding devolved to the Partnerships will be reviewed on an annual basis, taking into account changes in overall demand and in consultation with the Schools Forum."],
      ),
    ]),
    section('mou-charging', '7', "Charging for Alternative Education Provision", [
      prose(
        '',
        '',
      ["7.1", "Where a child or young person is provided with a full or part time programme as a result of a referral to the Partnership, the school where the child is on roll will make a payment to the Partnership as a contribution towards the full cost of the programme."],
      ["7.1.1", "(The standard level of payment is based on the average pupil cost as calculated by the LA and reported to the Schools Funding Forum, and any pupil premium payment to the school attributable to the child concerned. This will be calculated on a pro rata basis and the Partnership fund holding school will be responsible for collecting payments from local schools. The way this charge will be applied to schools is subject to local agreement within each partnership to reflect other local financial arrangements.)"],
      ["7.2", "Partnerships and member schools acknowledge that Partnerships are be responsible for commissioning alternative provision for young people permanently excluded from all schools within their Partnership Area including schools that choose not to become member schools. Non-member schools will not have access to the preventative support available to Partnership schools, nor to the commissioning and monitoring capacity of alternative provision available in the Partnership."],
      ["7.3", "When a member school permanently excludes a pupil, the per pupil entitlement funding will be deducted from that school’s allocation and this funding will be passed to the Partnership in which that school is a member in recognition that the Partnership will be responsible for providing education for that pupil. The excluding school will be expected to continue to pay at this level until the excluded pupil is placed on roll at another school and that school is in receipt of the pupil’s share of funding. Any charges levied on schools under this clause will be dealt with by the Partnerships’ fund holding school."],
      ["7.4", "Any school may choose not to join or to withdraw from the local Partnership. 16B.3 of the Leicestershire SEIPs / LCC agreement sets out the circumstances in which a local partnership, acting collectively, can withdraw membership from a school."],
      ["7.5", "If a non-member school permanently excludes a pupil the Local Authority will make a charge on the school for the full cost of any provision that is made for the excluded pupil. The Local Authority will transfer these funds to the Partnership that is making provision for the excluded pupil."],
      ["7.6", "Member schools acknowledge and agree that where a member school permanently excludes a disproportionate number of pupils over a period of 2 academic years that school will, if so required by a majority of the Partnership’s Strategic Group, pay to the Partnership a sum no greater than the cost of funding alternative provision for the excluded pupils. Any dispute arising out of this paragraph 7.2 shall be dealt with in accordance with paragraph 9 (Disputes)"],
      ),
    ]),
    section('mou-monitoring', '8', "Monitoring and Evaluation", [
      prose(
        '',
        '',
      ["8.1", "Partnerships will have to undertake self-assessment in accordance with Section 8 of the Partnership Agreement, by which they will benchmark themselves against other Partnerships, and measure performance against objective criteria and proven models of good practice."],
      ["8.2", "Schools in the Partnership will agree the format and processes that underpin its own monitoring and evaluation but will have regard to the need to contribute to the evaluation set out in the Partnership agreement with the LA."],
      ["8.3", "Each member of the Partnership accepts that meeting the agreed outcomes is the collective responsibility of the Partnership, and will make every effort towards the achievement of these outcomes."],
      ["8.4", "Where the Partnership fails to meet all or any of its outcomes, it will take prompt and adequate measures to rectify or improve its performance so as to meet the relevant outcomes as soon as can reasonably be expected."],
      ),
    ]),
    section('mou-disputes', '9', 'Dispute Procedure', [
      prose('9.1', '', "Any member school may raise any issue of concern or dispute relating to the Partnership or any other member school within the Partnership by giving notice in writing to the Chair of the Partnership. The notice will set out the nature of the concern and where appropriate the proposed solution."),
      prose('9.2', '', "The Chair of the Partnership will ensure that due consideration is given to the issue within the structures that operate to ensure the participation of all member schools. The Chair will lead discussions with a view to a just resolution that satisfies all parties."),
      // Paragraph 9.3: no longer than 4 weeks within the Partnership, then the SEIP Executive
      // Steering Group, whose decisions bind all parties (9.4).
      clause(
        'dispute-resolution',
        '9.3',
        '',
        {
          referral: 'by giving notice in writing to the Chair of the Partnership',
          stages: [
            { forum: 'the Partnership, led by the Chair of the Partnership', timeLimit: { amount: 4, unit: 'weeks' }, finalAndBinding: false },
            { forum: 'the SEIP Executive Steering Group', finalAndBinding: true },
          ],
          escalationNeedsAgreement: false,
        },
        { text: "If the issue cannot be resolved within the Partnership within a reasonable time and in any event no longer than 4 weeks from date the issue is referred, then the Partnership or any affected party may refer the issue to the SEIP Executive Steering Group as set out in the Partnership Agreement." },
      ),
      prose('9.4', '', "If an issue is referred to the ESG in accordance with paragraph 9.3 above, the ESG shall, having made such enquiries as it thinks appropriate, make such decisions and recommendations as are necessary to resolve the issue. All parties involved in the issue agree to be bound by the decisions and recommendations of the ESG made pursuant to this paragraph 9.4"),
    ]),
    section('mou-acceptance', '10', 'Formal acceptance of the Memorandum of Understanding', [
      prose('10.1', '', 'By signing below, each member school is committing itself to becoming a full participant in the above Partnership.'),
      // Paragraph 10.2.1: 3 years' notice on the Lead School, ending on 5 April.
      clause(
        'termination',
        '10.2.1',
        'Withdrawing from the Partnership',
        {
          noticeBy: 'any_member',
          noticePeriod: { amount: 3, unit: 'years' },
          alignment: { kind: 'fixed_day', day: 5, month: 4 },
          effect: 'withdraws_member',
          servedOn: 'the Lead School of the Partnership for the time being',
          byMutualAgreement: false,
        },
        {
          text: 'A member school, including the Lead School, may withdraw from the Partnership by serving 3 years’ notice on the Lead School of the Partnership for the time being, such notice period to end on 5th April.',
        },
      ),
      // Paragraph 10.2.2: the Lead School stops acting as Lead School on six months' notice.
      clause(
        'termination',
        '10.2.2',
        '',
        {
          noticeBy: 'lead-school',
          noticePeriod: { amount: 6, unit: 'months' },
          alignment: { kind: 'none' },
          effect: 'ends_lead_role',
          servedOn: 'the other member schools in the Partnership and on the Secondary Education and Inclusion Partnership Executive Steering Group',
          byMutualAgreement: false,
        },
        {
          text: 'The Lead School may cease to act as the Lead School for the Partnership by serving six months notice to the other member schools in the Partnership and on the Secondary Education and Inclusion Partnership Executive Steering Group. Upon receipt of such notice the BPESG will assist the Partnership to find a replacement Lead School for the Partnership',
        },
      ),
    ]),
    section('mou-signatures', '11', 'Signatures', [
      clause('signature-block', '', '', {
        attestation: 'Please return a signed copy of this agreement to the lead school for your partnership.',
        signatories: mouSignatories(parties),
      }),
    ]),
    section('mou-appendix-1', undefined, 'Appendix 1 to the Memorandum: Schools in the Partnership Area', [
      clause('party-list', '', '', {
        role: 'member_school',
        introduction: `The member schools of the ${partnershipName} Partnership:`,
        columnHeading: 'Member school',
      }),
    ]),
  ]
}

function build(options: TemplateBuildOptions = {}) {
  const parties = mouParties(options)
  const partnership = options.partnership ? findPartnership(options.partnership) : undefined
  return {
    title: partnership ? `${TITLE}: ${partnership.area}` : TITLE,
    parties,
    content: {
      // The partnership is named where the drafter chose one, else a required blank ("[partnership area]"), never "[INSERT]".
      details: [{ key: 'partnershipArea', label: 'Partnership area', value: partnership?.area ?? '' }],
      sections: mouSections(parties, '{{detail.partnershipArea}}'),
    },
  }
}

export const leicestershireSeipMou: AgreementTemplate = {
  key: 'leicestershire-seip-mou',
  title: TITLE,
  partnerships: SEIP_PARTNERSHIPS.map((partnership) => partnership.area),
  description: 'The member schools of a Leicestershire SEIP: disputes to the Executive Steering Group after 4 weeks, withdrawal on 3 years’ notice ending on 5 April, signed by every member school.',
  authorityName: 'Leicestershire County Council',
  build,
}
