// Leicestershire SEIP agreement, Schedule 2 ("The Local Offer") and its Appendix A, seed 002, in the
// seed's own numbering, headings and words. The seed's placeholders ("<Insert Partnership Name>",
// "<Insert Chair’s name>", "<address>", "<Insert job roles list>" ...) are the agreement's details,
// written in by `{{detail.<key>}}` slots and a required blank until filled. The seed's boxed
// side-notes follow the paragraph they stand beside, under their own headings where they have one.
// The seed's wording is kept as it is, its slips included; only two misspelt headings are
// corrected, and flagged as corrected. A numbered section's first sub-heading is its first
// paragraph, printed as a sub-heading, since a section heading alone is no clause.
import type { TAgreementDetail } from '#clauses/agreement-content'
import { prose, schedule } from '../builders'
import { findPartnership, SEIP_PARTNERSHIPS, type SeipPartnership } from './partnerships'

const PARTNERSHIP = '{{detail.partnershipName}}'

/** The details Schedule 2 names, filled from the partnership where the drafter chose one. */
export function localOfferDetails(partnershipKey?: string): TAgreementDetail[] {
  const partnership = partnershipKey ? findPartnership(partnershipKey) : undefined
  return [
    // The agreement's opening: the Lead School acts for "the [INSERT] Secondary Education and Inclusion Partnership".
    { key: 'partnershipArea', label: 'Partnership area', value: partnership?.area ?? '' },
    { key: 'partnershipName', label: 'Partnership name', value: partnership?.name ?? '' },
    { key: 'partnershipSchools', label: 'Secondary schools in the partnership', value: partnership ? partnership.schools.join(', ') : '' },
    { key: 'chairName', label: 'Chair’s name', value: '' },
    { key: 'chairTitle', label: 'Chair’s title and school or college', value: '' },
    { key: 'coordinatorName', label: 'Co-ordinator’s name', value: '' },
    { key: 'partnershipAddress', label: 'Partnership’s address', value: '' },
    { key: 'partnershipContacts', label: 'Partnership’s website and other contact details', value: '' },
    { key: 'progressReviewArrangements', label: 'Arrangements for regular review of progress', value: '' },
    { key: 'partnershipTeam', label: 'Partnership team’s job roles', value: '' },
  ]
}

/** Schedule 2: the Local Offer, sections 1 to 16, and Appendix A, the schools in each partnership area. */
export function localOfferSchedule() {
  return schedule('schedule-2', '2', 'The Local Offer', [
    ...opening(),
    ...introduction(),
    ...challengingBehaviour(),
    ...identifyingAndAssessing(),
    ...securingProvision(),
    ...effectiveProgrammes(),
    ...pupilsWithSen(),
    ...curriculumToContribution(),
    ...appendixA(),
  ])
}

function opening() {
  return [
    prose('', '', 'This description of the work of the Secondary Education and Inclusion Partnerships is also published by each Partnership as part of the Local Offer'),
    prose(
      '',
      'Leicestershire Secondary Education and Inclusion Partnerships',
      `The Local Offer for the ${PARTNERSHIP}`,
      `${PARTNERSHIP} is composed of the following secondary schools (see also Schedule 2, Appendix A)`,
      '{{detail.partnershipSchools}}',
      'This list includes all the state funding secondary schools in the area.',
      `The Chair of ${PARTNERSHIP} is {{detail.chairName}}, who is {{detail.chairTitle}}. The ${PARTNERSHIP} is led by the Secondary Education and Inclusion Partnership Coordinator, {{detail.coordinatorName}}`,
      '{{detail.partnershipAddress}}',
      '{{detail.partnershipContacts}}',
      `${PARTNERSHIP} is not directly inspected by Ofsted but its provision for individual young people is inspected as part of individual school inspections.`,
    ),
  ]
}

function introduction() {
  return [
    prose(
      '1',
      'Introduction',
      'The statutory responsibility for the education of pupils excluded from schools remains with the Local Authority. In Leicestershire the Local Authority, in partnerships with secondary schools, colleges and academies has devolved this responsibility for secondary aged pupils to five locally based Secondary Education and Inclusion Partnerships.',
      'Schools, Colleges and Academies and Leicestershire County Council, in agreeing the devolution of this responsibility, have committed themselves to minimising the use of “permanent exclusion”. This does not reduce the need to respond to pupils whose behaviour might lead to permanent exclusion. It does enable schools, working in partnership, to develop a proactive, preventative approach to challenging behaviour.',
      'The Leicestershire Secondary Education and Inclusion Partnerships aim to work together as groups of secondary schools to address the causes of challenging behaviours by:',
      ['•', 'Strengthening the capacity of schools and their staff to develop ways to minimise the occurrences of challenging behaviour'],
      ['•', 'Building further the skills of our school staff to identify the underlying causes of challenging behaviour in individual pupils, to address those causes and to better regulate the behaviour'],
      ['•', 'Pooling resources to provide targeted and specialised support for those pupils who cannot continue to be educated in their school'],
      'The Leicestershire Secondary Education and Inclusion Partnerships collectively accept that not all pupils that they work with have special educational needs as defined in the Special Educational Needs Code of Practice. Nevertheless they recognises that each pupil with which they work has needs that cannot be addressed in a conventional mainstream setting. Therefore the SEIPs treat each pupil as having additional individual needs.',
      '(This does not mean that all referred pupils have a right to provision under the SEN Code of Practice arrangements. The processes by which a school or Secondary Education and Inclusion Partnership might seek additional support for special educational needs from SENA is set out in this Offer document.)',
    ),
  ]
}

/** Section 2, with its side-notes on pupils with an EHCP, fixed-term exclusions and the school roll. */
function challengingBehaviour() {
  return [
    prose('2', `${PARTNERSHIP}’s work with pupils with challenging behaviour`, `${PARTNERSHIP} makes provision for secondary aged pupils who cannot be educated in school as a result of challenging behaviour.`),
    prose(
      '',
      'Definition',
      'Challenging Behaviour is defined as “Where a pupil behaves, or is judged as highly likely to behave in a way that consistently undermines their own progress in school and/or that of other pupils.”',
      'There may in addition be a few pupils who are considered to be too vulnerable to educated in a mainstream setting as a result of some previous experience or trauma but who do not have special educational needs, where a programme of alternative provision is deemed to be more appropriate in meeting the pupil’s educational needs.',
    ),
    prose(
      '',
      'Funding',
      'These pupils gain access to additional resources. This is funded by a combination of:',
      ['•', '“High Needs” funding which is channelled by the Local Authority from central government to the five Leicestershire Secondary Education and Inclusion Partnerships.'],
      ['•', 'A small per pupil levy on all partnership schools'],
      ['•', 'Drawing down from schools the allocation for individual pupils when they are referred to the Partnership, including moneys allocated to the pupil via the pupil premium if considered appropriate by the partnership.'],
      'Where a pupil has additional complex needs arising from special educational needs or in connection with a decision to place the pupil in the care of the Local Authority the partnership will seek to draw down additional funding from SENA or the Leicestershire Children in Care Team.',
    ),
    prose(
      '',
      'Eligibility for Secondary Education and Inclusion Partnership Support',
      'Children and young people will be educated by the Secondary Education and Inclusion Partnership when:',
      ['a.', 'An individual school asks for partnership involvement and the Partnership accepts the school request. (The Partnership acts for all the schools in the Partnership; an acceptance is on behalf of all the schools.)'],
      ['b.', `Or a Headteacher or Principal, acting within statutory guidance, decides to permanently exclude a pupil from the Academy, School or College. (All Heads and Principals in ${PARTNERSHIP} have agreed to use Permanent Exclusion only as a last resort)`],
      ['c.', 'Or the child or young person does not have a school place and:'],
      ['i.', 'lives in the locality of the partnership', 2],
      ['ii.', 'meets the Fair Access Criteria (and is therefore allocated a school place by the partnership)', 2],
      ['iii.', 'has “Challenging behaviour” that requires provision outside a mainstream school but that does not meet the criteria for support from SENA.', 2],
      'Unless there is a permanent exclusion the request for partnership involvement will only be agreed if the school can show that it is unable continue to educate a student because the student’s behaviour in school is damaging his or her learning and the learning of others or the pupil is considered too vulnerable to be educated in a mainstream school.',
    ),
    prose(
      '',
      'Pupils with an Education and Health Care Plan and with Challenging Behaviour',
      'A pupil with an EHCP who is permanently excluded from a school is entitled to provision that meets the needs as described in the plan. BPs accept that SENA may sometimes commission provision from them for a pupil where a programme can be designed as a “best fit” in meeting needs. A package of this kind will be planned by a SEN Officer in consultation with the BP Co-ordinator.',
    ),
    prose(
      '',
      'Decision to place a pupil on an alternative programme (Programme Management)',
      'Academies, Schools and Colleges are entitled to make suitable arrangements for the education of their pupils, including at off site provision. Department for Education Guidance states that “Governing bodies of maintained schools have the power to direct a pupil off-site for education to improve his or her behaviour. The Secretary of State has made regulations, as is required by the related primary legislation, concerning schools’ use of this power.” (DFE Statutory Guidance “Alternative Provision” Jan 2013) Partnerships act on behalf of schools in this respect when they accept pupils as referrals.',
      'Nevertheless any arrangements to involve the Secondary Education and Inclusion Partnership will be agreed with parents/carers before proceeding, involving a signature on Partnership referral forms.',
      `When a pupil is referred to ${PARTNERSHIP} it will consider whether the pupil:`,
      ['•', 'Should be placed in an alternative school within the partnership group of schools or elsewhere in the county,'],
      'Or',
      ['•', 'Placed on a personalised programme of education for part or all of their education provision'],
      'In either case the Partnership will be working to enable the pupil to:',
      ['•', 'Re-engage in education'],
      ['•', 'Improve behaviour'],
      ['•', 'Overcome any barriers to learning'],
      ['•', '“Get back on track” to achieving educational outcomes in line with his or her ability'],
    ),
    prose(
      '',
      '',
      `${PARTNERSHIP} may, in some circumstances, work with individual pupils in schools who have been excluded for a fixed term of more than five days. All excluded pupils have a right to educational provision from the sixth day of exclusion but this remains the responsibility of the school where the pupil is on roll.`,
    ),
    prose(
      '',
      'School Roll',
      'Pupils who are referred to the Secondary Education and Inclusion Partnership will remain on roll at the referring school.',
      'Pupils who are permanently excluded from a school in the partnership will be placed on roll of another school in the partnership area unless a school outside the partnership agrees to accept the pupil on roll. The decision to name a school is the collective responsibility of the Secondary Education and Inclusion Partnership.',
      'Pupils living in the locality without a school place will be placed on roll using the processes and criteria laid down in the Leicestershire Fair Access Protocol.',
      'Pupils who, as a result of failing to attend school or alternative provision, are registered as CME (Child Missing Education) and are taken off roll of their school. The Secondary Education and Inclusion Partnership may, after consideration, agree to continue the support of its staff to a CME pupil, even though the pupil is no longer on roll in a partnership school.',
      'Pupils with an EHCP who do not have a school place as a result of a permanent exclusion from a specialist provision will remain the responsibility of SENA.',
    ),
    prose(
      '',
      'The Components of Programmes',
      'The personalised programmes are built from a range of available provision which includes:',
      ['•', 'Small group lessons in core subjects'],
      ['•', 'Specialist support from organisations such as the Leicestershire Youth Service'],
      ['•', 'Vocational provision at Alternative Providers (for pupils in Year 10 and 11)'],
      ['•', 'Motivational and personal and social education projects'],
      ['•', 'One to one tuition (in exceptional circumstances)'],
      'Pupils, almost without exception, have actively managed programmes that consist of several components, designed in a way to maximise the chances of re-engaging the pupil and reinvigorating their educational progress. Where appropriate other agencies may work with the pupil or family to provide additional support aligned with the programme.',
    ),
  ]
}

/** Section 3, with the SENA top-up condition: "the Age Weighted Pupil Unit plus a further £6000". */
function identifyingAndAssessing() {
  return [
    prose(
      '3',
      `${PARTNERSHIP}’s processes for identifying and assessing pupils`,
      { subheading: 'School’s decisions to refer a Pupil to the Partnership' },
      `Schools in ${PARTNERSHIP} share a common approach to pupils whose behaviour in school is damaging (or has the potential to damage) his or her learning and the learning of others. This is based on`,
      ['•', 'A need to maintain the positive learning environment in schools that is essential to the progress of all its pupils'],
      ['•', 'A recognition that this sort of inappropriate behaviour in individual pupils is often an “acting out” of other underlying problems.'],
      `Each school in ${PARTNERSHIP} will have considered why a pupil is misbehaving at a serious level at or before the point of referral to the Partnership.`,
      'Challenging Behaviour by a child may be a sign of',
      ['•', 'Learning difficulties leading to a lack of success in school'],
      ['•', 'Unresolved mental health issues'],
      ['•', 'A neurological condition that may not have been recognised, for example an Autism Spectrum Disorder, ADHD'],
      ['•', 'Difficulties with relationships with peers'],
      ['•', 'Difficulties with family life and life outside school.'],
      'or a combination of some or all of these.',
      `${PARTNERSHIP} has a referral process that ensures that schools have worked hard to analyse the causes of the challenging behaviour and address those causes within school. The Partnership will only become involved with the pupil if:`,
      ['•', 'The school can show that it has done all it can to identify and address underlying causes of the behaviour'],
      'Or',
      ['•', 'The school can show that the behaviour of the pupil is so serious that it threatens the good order and/ or safety of other pupils and staff in the school.'],
      'Or',
      ['•', 'The school and other agencies consider the pupil to be too vulnerable to educated in a mainstream setting'],
    ),
    prose(
      '',
      'Supporting the individual pupil',
      'The Partnership will agree with schools how pastoral support for a pupil will be apportioned between school and partnership staff, based on local circumstances and the pupil’s needs.',
    ),
    prose(
      '',
      'Understanding the Causes',
      `${PARTNERSHIP} recognises that the identification of underlying causes of challenging behaviour can be difficult for parents/carers, schools and colleges and partnership staff. Children and young people who behave in this way are in effect creating a barrier to an understanding of their real needs. Whilst the Partnership expects schools to have worked proactively with pupils prior to referral it recognises that is not always possible for schools and colleges to “get to the bottom” of the reasons for this behaviour. One of the aims of the creation of a personalised education programme by ${PARTNERSHIP} is to foster re-engagement in education, regulate behaviours and create some stability for the child. This sometimes creates an opportunity to reassess the underlying causes of the behaviours.`,
      `Schools in ${PARTNERSHIP} will seek to analyse the underlying causes of challenging behaviour by:`,
      ['•', 'Using common processes designed to aid in identifying social and emotional factors that might contribute to poor behaviour'],
      ['•', 'Using common testing procedures to aid in identifying learning difficulties'],
      ['•', 'Making referrals to the Educational Psychology Service where the school speculates that more complex psychological factors may be contributing to the behaviour'],
      ['•', 'Making referrals to outside agencies where the school has concerns that family or social settings are significant factors in causing the behaviour'],
      `Once a pupil has been accepted for an individualised programme by ${PARTNERSHIP}, partnership staff will continue the work started in school prior to referral to analyse and understand the pupil’s needs. If the analysis before or after referral to the Secondary Education and Inclusion Partnership points to significant learning difficulties as a cause the school or partnership will aim to begin the process of statutory assessment (with the agreement of parents/carers) for additional support from SENA and /or an Education and Health Care Plan. (The school and/or Partnership will seek to demonstrate that the pupil meets the SENA statutory assessment criteria.)`,
      'In considering whether to contribute Top Up Funding for a pupil who is being educated by a Secondary Education and Inclusion Partnership SENA will take into account the level of additional financial support already committed by the BP to the pupil’s provision. Additional Funding will be considered if the BP can demonstrate that it is spending the Age Weighted Pupil Unit plus a further £6000 on provision for the pupil.',
      'If the analysis of the pupil’s needs suggests that the pupil’s family or social setting is a contributory cause the school or partnership will make a referral to the social care services and will be ready to work closely with them in shaping future support for the pupil. The Partnership aims to ensure that this occurs in exceptional cases only and that most additional needs will be identified in school before a referral to the Partnership becomes necessary.',
    ),
    prose(
      '',
      'Identifying the educational needs of Children in Care',
      'The Partnership recognises that some Children in Care, particularly those newly arriving in Leicestershire, may need support from the Partnership. Partnership staff anticipate that the Leicestershire Children in Care Team will:',
      ['•', 'adopt a similar analytical approach to the identification of need in order that processes of aligning educational provision for a pupil can be set in place swiftly.'],
      ['•', 'begin the process of formal assessment for SEN where this may be necessary.'],
    ),
    prose(
      '',
      'What do we mean by Special Needs?',
      `${PARTNERSHIP} recognises that serious challenging behaviour in individual pupils is often an “acting out” of other underlying problems. The ${PARTNERSHIP} accepts that not all pupils that it works with have special educational needs as it is defined in the Special Educational Needs Code of Practice. Nevertheless it recognises that each pupil is unique and has needs that cannot be addressed in a conventional mainstream setting. Therefore the ${PARTNERSHIP} treats each pupil as having additional individual needs`,
    ),
    prose(
      '',
      'Formal Assessment for an EHCP by SENA',
      'A referral to the BP that results in some level of involvement by BP staff and access to additional resources may be used as evidence of outside specialist agency involvement for the purposes of formal assessment.',
      'Acceptance of a referral by a BP is not an essential criterion for agreeing an EHCP or top up funding for a pupil with complex behavioural, emotional and social difficulties.',
    ),
  ]
}

function securingProvision() {
  return [
    prose(
      '4',
      `${PARTNERSHIP}’s process for securing the right provision for pupils`,
      { subheading: 'Structuring Programme Management' },
      `The ${PARTNERSHIP} works with pupils to design a bespoke provision composed of a range of elements as described in section 2.`,
      'Each pupil has a range of outcome targets that usually include as a minimum:',
      ['•', 'Attendance'],
      ['•', 'Personal social and or behavioural goals'],
      ['•', 'For pupils at Key Stage Four - Levels or GCSE target grades for English and Maths and outcomes for other assessed courses set to provide the best possible springboard into employment or further education'],
      ['•', 'For pupils at Key Stage Three – educational levels and overcoming barriers to learning in order to support reintegration into a mainstream school at Key Stage Four'],
      'These targets influence the design of the programme that the Partnership constructs for the pupil. Targets are used to shape the teaching and support strategies that individual teacher’s and instructors use as they work with individual pupils.',
    ),
    prose(
      '',
      'The Providers of Components of the Programme',
      `${PARTNERSHIP} uses a range of external providers that aim to meet the needs of vulnerable pupils and those with challenging behaviour by one or more of the following:`,
      ['•', 'providing opportunities for vocational learning often linked to the development of functional skills'],
      ['•', 'personal, social and emotional development'],
      ['•', 'small group and, in exceptional circumstances, one to one work on elements of the school curriculum'],
      `${PARTNERSHIP} uses the services Leicestershire Education and Business Partnership to ensure that providers are checked to ensure effective safeguarding and health and safety practices, (where the providers are registered with LEBC). The Partnership carries out regular quality assurance visits to providers using the Leicestershire Secondary Education and Inclusion Partnership Quality Assurance framework, and involves Heads and Principals of Partnership schools in these visits.`,
      `${PARTNERSHIP} in common with all Leicestershire Secondary Education and Inclusion Partnerships does not place pupils in single provisions unless the need of the pupil makes this a paramount consideration in planning a programme. Therefore virtually all pupils have programmes built of a combination of provision, often with an element of “in house” or in school time. The programme is managed by a Key Worker who is a Partnership employee. In the exceptional circumstances where a pupil is places full time with a single provider this must be Ofsted Registered.`,
    ),
  ]
}

function effectiveProgrammes() {
  return [
    prose(
      '5',
      `${PARTNERSHIP}’s process for ensuring that programmes are effective`,
      { subheading: 'Supporting Pupils and Monitoring their Progress' },
      'A Key worker is assigned to each pupil to monitor his or her progress very regularly and to provide pastoral support and guidance to the pupil.',
      'The Partnership team ensures that progress data is regularly collected and reviewed from all the provisions involved in a pupil’s programme.',
      'For some pupils it is challenging to establish engagement and to establish a path to progress. Regular review allows modification of individual programmes in these circumstances; the overarching target for the Partnership remains to re-establish educational progress whatever setbacks are experienced along the way.',
      '{{detail.progressReviewArrangements}}',
      'Where a pupil is not making progress towards targets the staff will:',
      ['•', 'Reconsider targets to ensure that they are appropriate for the pupil'],
      ['•', 'Make changes to the programme to address any barriers to engagement, learning and progress'],
      ['•', 'Seek further intervention to support the pupil from other agencies'],
      ['•', 'Revisit the process of statutory assessment with a view to seeking additional resources or alternative provision unavailable to the partnership'],
    ),
    prose(
      '',
      'Alternative Providers',
      'Once the pupil’s placement begins the Secondary Education and Inclusion Partnership will ensure that:',
      ['•', 'The pupil has regular monitoring visits at the provision from a member of the partnership professional team'],
      ['•', 'The Provider supplies at least termly feedback of the pupil’s progress towards external accreditation and agreed progress targets to the Partnership'],
      ['•', 'The Partnership (including member schools) carries out a regular systematic evaluation of the quality of provision using the shared standards developed as part of the shared Quality Assurance Framework.'],
      'The five Secondary Education and Inclusion Partnerships follow the national guidance for the use of Alternative Provision as published by the DFE in January 2013.',
    ),
    prose(
      '',
      'Monitoring and Evaluating Partnership Work',
      `${PARTNERSHIP} participates in the Quality Assurance Framework agreed between the five Secondary Education and Inclusion Partnerships in Leicestershire and Leicestershire County Council. This ensures that the ${PARTNERSHIP} scrupulously reviews its processes and provisions to ensure that they are effective in enabling pupils with challenging behaviour to make progress towards successful educational outcomes.`,
      `${PARTNERSHIP} is also accountable to Partnership schools for its performance in supporting pupils and reports regularly to those schools.`,
      `Each individual school remains accountable for the outcomes for all pupils on its roll, including those who have been referred to ${PARTNERSHIP}. Inspections by Ofsted of schools and colleges can and do look at the provision for and progress of individual pupils who are in the care of the Partnership.`,
    ),
    prose(
      '',
      'Judging Progress',
      'Regular tracking information is collected by the Partnership from all Providers and this informs the reviews carried out as described in section 6 above.',
      `${PARTNERSHIP} uses a range of assessment tools to enable it to judge pupil’s social, emotional and behavioural progress. Currently all the Leicestershire Secondary Education and Inclusion Partnerships use “Boxall” profiling in line with the practice developed at Key Stage One and Two by Oakfield Short Stay School.`,
      'Key workers maintain ongoing contact with parents/carers ensuring as far as is possible that they are informed about decision making about individual programmes and pupil’s progress within these.',
      'Where necessary Partnership staff may make daily contact with parents/carers particularly to secure good attendance. The responsibility for securing good attendance rests with the “on roll” school but Partnership staff work with appropriate school staff.',
      'If the review of progress shows little or no progress, (despite partnership staff acting on advice, modifying programmes and providing appropriate interventions) and evidence therefore points to additional needs as set out in the SEN code of practice the school or partnership will aim to begin the process of statutory assessment (with the agreement of parents/carers) for additional support from SENA and /or an Education and Health Care Plan.',
    ),
  ]
}

function pupilsWithSen() {
  return [
    prose(
      '6',
      `${PARTNERSHIP}’s involvement with pupils with SEN`,
      { subheading: 'Schools’ Approach to SEN Students with Challenging Behaviour' },
      `Pupils who have special educational needs that have been already recognised via the process of statutory assessment will not normally be referred to ${PARTNERSHIP}.`,
      'When a school recognizes that a pupil with SEN is exhibiting behaviour that is damaging his or her learning or the learning of others, the school will:',
      'Either (where a pupil has an EHCP)',
      'call an emergency annual review under the SEN Code of Practice;',
      'Or (where a the school is in receipt of Top Up Funding from SENA for the pupil)',
      'hold a review meeting.',
      'The emergency annual review or the review meeting will aim to find a way to address the challenging behaviour. This might include:',
      ['•', 'A recommendation for an amendment to the EHCP or a change to the levels of “Top Up Funding”'],
      ['•', 'Changes to the in school provision for the pupil'],
      ['•', 'A referral by the school to external agencies'],
      'In order to secure an amendment to an existing EHCP or a new EHCP with the aim of accessing specialist provision in another setting the school will need additional external evidence from an Educational Psychologist or other external agencies. Where additional Top Up Funding is needed the school will contact the SEN Officer as a first step.',
    ),
    prose(
      '',
      'The Partnership Approach to SEN Students with Challenging Behaviour',
      `${PARTNERSHIP} will consider whether a pupil in this category should be referred to the Partnership provided the school can make a case that one or more of the following apply:`,
      ['•', 'The pupil’s special educational needs mean that alternative provision used by the Partnership would be the most appropriate setting for meeting those needs'],
      ['•', 'The behaviour that has led to the referral is not as a result of a specific diagnosed special need that calls for specialist support and intervention'],
      ['•', 'No other alternative support is immediately available to the pupil and his or her placement at school has broken down so that Partnership support is needed for a short time'],
      'Any special arrangements that need to be made for the pupil as part of the personalised provision that arise from the pupils SEN will be discussed and agreed with SENA and funded from the SEN budget.',
    ),
    prose(
      '',
      'SEN and Alternative Providers',
      'The Secondary Education and Inclusion Partnerships do not use Alternative Providers for full time provision unless they are Ofsted registered. If a pupil with SEN requires a single setting to best meet his or her needs it is unlikely that the Secondary Education and Inclusion Partnerships can offer support.',
    ),
  ]
}

/** Sections 7 to 16. The seed misspells two headings ("WEITH", "LOACL"); they are corrected and flagged. */
function curriculumToContribution() {
  return [
    prose(
      '7',
      `${PARTNERSHIP}’s approach to adapting the curriculum`,
      { subheading: 'Personalised Curriculum' },
      'A fundamental principle of Partnership is to design a curriculum provision that will enable the pupil to restart progress in his or her learning. The target setting and ongoing review is designed to ensure that every effort if made to secure good progress by the pupil.',
      'If the Partnership, school, and Special Educational Needs Assessment Service have agreed that a pupil who has special educational needs that have been already recognised via the process of statutory assessment should be educated by the Partnership, individual arrangements will be made to put in place provision that can meet effectively both the special educational needs and the needs arising from the challenging behaviour and funding arrangements will be agreed between the Partnership and SENA.',
    ),
    prose('', 'Public Examinations', 'The Partnership will make individual arrangements for all its pupils to secure their participation in any public examinations that they have been entered in.'),
    prose(
      '8',
      `${PARTNERSHIP} and extra curricular activities`,
      'All pupils who receive their full time educational provision from the Partnership will no longer be automatically eligible for access to extra curricular activities offered by the school where they are on roll.',
      'The focus of the Partnership is on seeing challenging behaviour as “acting out” of other submerged needs. Partnerships work with the pupil to regulate their behaviour and to address needs via personalised provision. Nevertheless it is an important principle of the relationship of the Partnership with pupils that the pupils should understand that their behaviour has consequences.',
      'One consequence for pupils who are managed by the partnership is that the pupil may not be allowed to access their base school and any of its provision.',
    ),
    prose('9', `${PARTNERSHIP}’s approach to improving the emotional and social development of pupils`, 'A key component of all the Partnership provision is to address the emotional and social development of individual pupils.'),
    prose(
      '10',
      `${PARTNERSHIP}’s provision of SEN staff`,
      'Pupils who have special educational needs that have been already recognised via the process of statutory assessment remain the responsibility of the SEN Co-ordinator of the school where they are on roll.',
      'The Partnership will seek to work with the school SENCO if it seeks to begin statutory assessment of a pupil who receives his or her education provision from the Partnership.',
    ),
    prose(
      '11',
      `${PARTNERSHIP}’s staff skills and access to additional specialist support`,
      'The Partnership Co-ordinator is a key figure in the partnership area in facilitating links between the range of external education services and other agencies and schools and their pupils. Working with other services and agencies is central to the Partnership’s ability to construct bespoke provision for individual pupils.',
      'There is ongoing work within and between all of the Leicestershire Secondary Education and Inclusion Partnerships to develop effective inter agency and inter service working.',
      `${PARTNERSHIP} partnership team consists of the following members:`,
      '{{detail.partnershipTeam}}',
    ),
    prose(
      '12',
      `${PARTNERSHIP}’s access to resources to support programmes`,
      { subheading: 'Transport' },
      'The Partnership ensures that all pupils are able to access the provision arranged for them. The Partnership will aim to enable the pupil to attend provisions using existing school or public transport or “under their own steam”. However where journeys are difficult or the pupil needs additional support in order to secure good attendance the Partnership will either:',
      ['•', 'meet any transport costs that are needed.'],
      'or',
      ['•', 'negotiate with Leicestershire Passenger Transport section or other agencies or services to secure funding for transport'],
      'The Partnership expects that transport costs for Children in Care who are being programme managed will be met by the individual pupil’s “home” Local Authority.',
      'Key workers will assist pupils individually in getting to provision and in the initial induction.',
      'Decisions about the appropriate means of transport will be made by Partnership staff as part of the process of design of the individual educational programme for the pupil. The key criterion is what is in the best interests of the pupil in securing progress. This criterion applies when making decisions about any other additional resource that might be needed to support a pupil.',
    ),
    prose(
      '',
      'Key Agencies and Services with links to Secondary Education and Inclusion Partnerships',
      'Leicestershire Early Help: Staff liaise with SEIP staff',
      'SEN Officers: SEIP Co-ordinators and SENA casework officers are linked',
      'School Admissions: Annual meetings with SEIP Co-ordinators',
      'Children in Care Team:',
      'Leicestershire Educational Psychology Service; EP’s provide advice and support directly to SEIPs.',
      'Specialist Teaching Services',
    ),
    prose(
      '13',
      `${PARTNERSHIP}’s work with parents/carers and pupils`,
      { subheading: 'Parents/Carers' },
      'The Partnership considers good relationships with parents/carers of all its pupils to be a key component in achieving success. It therefore seeks, within the limit of the time available to staff for this work to:',
      ['•', 'Overcome any misunderstandings and misapprehensions that may have arisen. A pupil’s challenging behaviour at school may have placed a strain on the relationship between home and school. Partnership staff understand this and will work to move forward from this difficulty.'],
      ['•', 'Offer advice and support to parents/carers, including helping them build supportive relationships with other agencies in order to support the pupil.'],
      ['•', 'Help family relationships by supporting the pupil in developing an empathetic understanding of everyone in the family.'],
      'The partnership will do this by ensuring that keyworkers build good relationships with parents/carers and informing parents/carers of decisions about provision and outcomes of progress reviews.',
    ),
    prose(
      '',
      'Pupils',
      'All pupils whose education provision is managed by the Partnership know that their programmes are designed in discussion with them. The programme always includes a regular opportunity to discuss progress with their key worker.',
      'The Partnership knows that a key component of success is in raising the expectations of pupils as to what they can achieve. From the outset partnership staff expect pupils to achieve very high levels of attendance and to join with the staff in aspiring to make good progress.',
    ),
    prose(
      '',
      'Complaints',
      'Partnership staff will aim to ensure that any concerns of parents/carers are addressed swiftly and sympathetically – knowing that anything less than a good working relationship is likely to jeopardise the progress of the pupil.',
      'Partnership pupils remain the responsibility of the school at which they are on roll. The Partnership as a whole is under the governance of the schools who meet together to form the Partnership.',
      'Parents/Carers wishing to make a formal complaint would therefore use the on roll school’s complaints procedure.',
    ),
    {
      ...prose(
        '14',
        `${PARTNERSHIP}’s approach to working with other agencies`,
        'See Section 12 above',
        'The Partnership works broadly across all services and agencies available to it to secure the best possible outcomes for its pupils and is instrumental in helping individual schools build these relationships. Some of the key agencies, for example social care, police and Leicestershire Early Help attend some Partnership meetings as well as welcoming Partnership staff to some of their interagency groups.',
      ),
      corrections: [{ seed: 'WORKING WEITH OTHER AGENCIES', corrected: 'working with other agencies' }],
    },
    prose(
      '15',
      `${PARTNERSHIP}’s work to prepare pupils for the next stage`,
      'See section 5',
    ),
    prose(
      '',
      'Key Stage Three',
      'At Key Stage Three one of the key targets to be set is focussed on maximising the chances of the pupil being reintegrated to his her mainstream school at the start of Key Stage Four. This target may be a focus for the key worker in supporting the pupil.',
    ),
    prose(
      '',
      'Key Stage Four',
      'At Key Stage Four one of the key targets focuses on the next step at sixteen into employment training or education. Pupils in Year Eleven will receive specialist support from a trained Partnership staff or a careers advisor and this support will continue across the transition at the end of Year Eleven.',
    ),
    {
      ...prose(
        '16',
        `${PARTNERSHIP}’s contribution to the Local Authority Local Offer`,
        'Parents/Cares and pupils are advised to look at information published by the school at which the pupil is on roll in addition to this information.',
        `It is important to remember that a pupil who has been referred to the ${PARTNERSHIP} may not be considered to be “special educational needs” within the meaning used by the national legislation and code of practice.`,
        'All pupils who are referred to the Partnership are considered to have additional individual needs in that they require personalised provision in order to make progress',
      ),
      corrections: [{ seed: 'THE LOACL AUTHORITY LOCAL OFFER', corrected: 'the Local Authority Local Offer' }],
    },
  ]
}

/** Appendix A: each partnership area under the seed's own heading, its schools beneath. */
function appendixA() {
  return [
    prose(
      '',
      'Schedule 2, Appendix A: Schools in Partnership Areas',
      'Please note - as area based Special Schools are not include in the SEIPs agreement funding formula, they are not included in the list below or required to sign up to this MOU (Schedule 2).',
    ),
    ...SEIP_PARTNERSHIPS.map((partnership) => prose('', areaHeading(partnership), ...partnership.schools.map((school): [string, string] => ['•', school]))),
  ]
}

/** "South Leicestershire (SL)", "North West Leicestershire (North West Leicestershire Learning and Inclusion Partnership – NWLLIP)". */
function areaHeading(partnership: SeipPartnership): string {
  return partnership.name.startsWith(`${partnership.area} (`) ? partnership.name : `${partnership.area} (${partnership.name})`
}
