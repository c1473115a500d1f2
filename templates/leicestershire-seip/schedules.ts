// Leicestershire SEIP agreement Schedules 1 (glossary) and 4 (co-ordination of the five
// partnerships), seed 002. Schedule 2, the Local Offer, is in local-offer.ts; Schedule 3, the MOU,
// is its own template.
import { clause, prose, schedule } from '../builders'

/** Schedule 1: the glossary. */
export function glossarySchedule() {
  return schedule('schedule-1', '1', 'Glossary of Terms used in the LCC SEIP Partnership Agreement', [clause('glossary', '', '', { terms: GLOSSARY })])
}

/** Schedule 4: the Executive Steering Group and the Chairs meetings. */
export function coordinationSchedule() {
  return schedule('schedule-4', '4', 'Arrangements for Co-ordination of the work of the five Secondary Education and Inclusion Partnerships', [
    prose('1', '', 'The work of the five Partnerships will be overseen by the Partnership Executive Steering Group as set out in Section 8 of the Partnership Agreement.'),
    prose(
      '2',
      '',
      'The Lead Officer appointed by The Local Authority in line with Section 16 of the Partnership Agreement will convene and Chair the Steering Group Meetings as set out in Section 8. Meetings will be held termly.',
    ),
    prose('3', '', 'The work of the Group and the scope of the meeting is a set out in Section 8 of the Partnership Agreement'),
    prose(
      '4',
      '',
      'The Chairs of the Five Partnerships will meet together as they see fit between Partnership Executive Steering Group Meetings. The terms of reference for this meeting described below are not subject to the Partnership Agreement and may be changed to suite prevailing conditions and arrangements.',
    ),
    prose(
      '',
      'Terms of Reference for the Chairs Meetings',
      '1. Aims:',
      ['a.', 'To deal with issues where the work of individual partnerships overlaps with that of others including: reaching agreement about funding of pupils who move between schools and partnerships; developing common approaches to other LA areas; developing common links with other agencies and services; developing common approaches to commissioning and monitoring Alternative Providers; developing common approaches to the collecting and reporting of data as required by the LA via the Partnership Agreement (See 8.14 in the Partnership Agreement); responding to LA questions, concerns and developments; to collective employ any support staff needed to enable chairs to meet these aims and any cross partnership work that arises from them'],
      ['b.', 'To share good practice and to discuss common issues in order to: maintain a shared approach to the Local Authority; communicate with member schools about issues and challenges in a consistent and coherent way; act collectively to promote the work of the Partnerships; support each other in coping with the demands of this challenging work; share our understanding of the developing environment in which we work responding to legislative changes, shifts in priorities, deepening understanding of what works with our pupils etc.'],
      ['c.', 'To set the broad framework for the cross partnership co-ordinating work undertaken by our Partnership Co-ordinators and to monitor the outcomes of this work including: arrangements for quality assurance of Alternative Provision; co-ordination and alignment of outcome data.'],
      '2. Processes:',
      ['a.', 'Chairs, or in their absence, Vice- Chairs will attend from each Partnership.'],
      ['b.', 'Meetings will be located by rota in each Partnership.'],
      ['c.', 'The host Partnership will set the agenda and Chair the Meeting.'],
      ['d.', 'A programme of meetings will be set prior to the start of each school year.'],
      ['e.', 'A standing invitation will be issued to the LA Lead Officer for all meetings.'],
    ),
  ])
}

/** Schedule 1. */
const GLOSSARY = [
  { term: 'Alternative Provision', meaning: 'A range of organisations exist in the county to provide vocational and motivational education for pupils who struggle to cope in school. These organisations are often privately owned or run by charities' },
  { term: 'Co-ordinators', meaning: 'The lead professional in each Partnership' },
  { term: 'Executive Steering Group (ESG)', meaning: 'Meets three times a year, convened by the Lead Officer, working to secure accountability of the five partnerships' },
  { term: 'Fair Access Protocol (FAP)', meaning: 'Agreement that sets out local arrangements and criteria for managing in year admissions of vulnerable children to schools' },
  { term: 'Lead Officer', meaning: 'A Local Authority Officer from Children and Families who oversees relations between the LA and Partnerships' },
  { term: 'Lead School', meaning: 'Each of the five Partnerships has a Chair, usually a serving headteacher. The Head’s school takes on the role of Lead School' },
  {
    term: 'LEBC',
    meaning: 'Leicester Education Business Company was set up by a consortium of businesses and education authorities to provide support for work experience placements. Their role has grown to include a role in checking on Alternative Providers',
  },
  { term: 'Local Authority, Leicestershire County Council (LA, LCC)', meaning: 'The commissioning authority' },
  {
    term: 'Programme Management',
    meaning: 'The term used to describe the provision we make for pupils who are not educated in school. A programme usually consists of a combination of elements including school group teaching at an out of school centre and courses at Alternative Providers',
  },
  { term: 'SEIPS', meaning: 'Secondary Education and Inclusion Partnerships. These are the five area partnerships in Leicestershire previously known as Behaviour Partnerships' },
  { term: 'SEMH', meaning: 'Social, Emotional and Mental Health. SEMH issues are one of four areas of additional needs identified in the national SEN Code of Practice' },
]
