import { describe, expect, it } from 'vitest'
import { leadingLabel, parseListLabel } from './labels'

describe('clause numbers and list labels', () => {
  it.each([
    ['17.1 Either party may serve notice', '17.1', 'decimal', 2],
    ['16.1.2 if delivered by hand', '16.1.2', 'decimal', 3],
    ['1. DURATION', '1.', 'decimal', 1],
    ['1.1. This memorandum of understanding', '1.1.', 'decimal', 2],
    ['16B.3 Breach by Member Schools', '16B.3', 'decimal', 2],
    ['(a) the best interests of the pupil', '(a)', 'letter', 1],
    ['b) the school where the child is on roll', 'b)', 'letter', 1],
    ['(iv) developing an approved provider framework', '(iv)', 'roman', 1],
    ['XXI. an annual meeting', 'XXI.', 'upper-roman', 1],
    ['• raise standards', '•', 'bullet', 1],
  ])('%s', (text, label, kind, depth) => {
    expect(leadingLabel(text)?.label).toMatchObject({ text: label, kind, depth })
  })

  it.each(['12 months written notice terminating', '3 years’ notice on the Lead School', '2009 amendment: http://www.legislation.gov.uk', '2.5% of the allocation', 'Kent County Council'])('"%s" has no label', (text) => {
    expect(leadingLabel(text)).toBeUndefined()
  })

  it('gives the text after the label and where it starts', () => {
    expect(leadingLabel('9.1\tEither party may')).toMatchObject({ rest: 'Either party may', offset: 4 })
  })

  it('reads a label Word numbered automatically', () => {
    expect(parseListLabel('3.1')).toMatchObject({ kind: 'decimal', parts: ['3', '1'] })
    expect(parseListLabel('•')).toMatchObject({ kind: 'bullet' })
  })
})
