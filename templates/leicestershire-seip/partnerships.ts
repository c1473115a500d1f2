// Leicestershire SEIP Schedule 2, Appendix A: the schools in each of the five partnership areas.
// Area based special schools are outside the funding formula and do not sign the MOU.

export interface SeipPartnership {
  area: string
  /** The partnership's own name where it has one ("Loughborough Inclusion Partnership – LIP"). */
  name: string
  schools: string[]
}

export const SEIP_PARTNERSHIPS: SeipPartnership[] = [
  {
    area: 'South Leicestershire',
    name: 'South Leicestershire (SL)',
    schools: [
      'Beauchamp College',
      'Brockington College',
      'Countesthorpe Leysland Community College',
      'Gartree High School Oadby',
      'Lutterworth College',
      'Lutterworth High School',
      'Manor High School Oadby',
      'Sir Frank Whittle Studio School',
      'South Wigston High School',
      'The Kibworth School',
      'The Robert Smyth School',
      'Thomas Estley Community College',
      'Welland Park Community College',
      'Wigston Academy',
      'Wigston College',
    ],
  },
  {
    area: 'North West Leicestershire',
    name: 'North West Leicestershire Learning and Inclusion Partnership – NWLLIP',
    schools: [
      'Ashby School',
      'Castle Rock High School',
      'Ibstock Community College',
      'Ivanhoe College Ashby-De-La-Zouch',
      'King Edward VII Science and Sport College',
      'Newbridge High School',
      'Stephenson Studio School',
      'The Forest Way School',
    ],
  },
  {
    area: 'Melton and South Charnwood',
    name: 'Melton Behaviour Partnership – MBP',
    schools: [
      'John Ferneley College',
      'Long Field Academy',
      'The Cedars Academy',
      'The Martin High School Anstey',
      'The Priory Belvoir Academy',
      'The Roundhill Academy',
      'Wreake Valley Academy',
    ],
  },
  {
    area: 'Hinckley and Bosworth',
    name: 'Hinckley and Bosworth Education Partnership – HBEP',
    schools: [
      'Bosworth Academy',
      'Groby Brookvale High School',
      'Groby Community College',
      'Hastings High School',
      'Heath Lane Academy',
      'Hinckley Academy and John Cleveland Sixth Form Centre',
      'Redmoor Academy',
      'South Charnwood High School',
      'St Martin’s Voluntary Catholic Academy',
      'The Market Bosworth School',
      'Winstanley Community College',
    ],
  },
  {
    area: 'North Charnwood',
    name: 'Loughborough Inclusion Partnership – LIP',
    schools: [
      'Castle Donington College',
      'Charnwood College',
      'De Lisle Catholic School',
      'Iveshead School',
      'Limehurst Academy',
      'Maplewell Hall School',
      'Rawlins Academy',
      'The Humphrey Perkins School',
      'Woodbrook Vale School',
    ],
  },
]

export function findPartnership(name: string): SeipPartnership | undefined {
  return SEIP_PARTNERSHIPS.find((partnership) => partnership.area === name || partnership.name === name)
}
