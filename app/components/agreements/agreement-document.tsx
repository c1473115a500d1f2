import type { DocumentBlock, DocumentModel } from '#clauses/document-model'

/** The agreement's document model as an HTML page: the same words the DOCX and PDF carry. */
export function AgreementDocument({ document }: { document: DocumentModel }) {
  return (
    <article aria-label="Agreement text">
      <h2 className="govuk-heading-l">{document.title}</h2>
      {document.subtitle?.map((line, index) => (
        <p className="govuk-body-l" key={index}>
          {line}
        </p>
      ))}
      {document.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </article>
  )
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.type) {
    case 'heading': {
      const Heading = block.level === 1 ? 'h3' : 'h4'
      return <Heading className={block.level === 1 ? 'govuk-heading-m' : 'govuk-heading-s'}>{block.text}</Heading>
    }
    case 'paragraph':
      return <p className={`govuk-body${block.emphasis === 'bold' ? ' govuk-!-font-weight-bold' : ''}`}>{block.text}</p>
    case 'clause':
      return (
        <div className="govuk-!-margin-bottom-4">
          {block.number || block.heading ? <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{[block.number, block.heading].filter(Boolean).join(' ')}</h4> : null}
          {block.paragraphs.map((paragraph, index) =>
            paragraph.heading ? (
              <h5 key={index} className="govuk-heading-s govuk-!-margin-bottom-2">
                {paragraph.text}
              </h5>
            ) : (
              <p key={index} className={`govuk-body${paragraph.level ? ' govuk-!-padding-left-6' : ''}`}>
                {paragraph.label ? `${paragraph.label} ` : ''}
                {paragraph.text}
              </p>
            ),
          )}
        </div>
      )
    case 'table':
      return (
        <table className="govuk-table">
          {block.caption ? <caption className="govuk-table__caption govuk-table__caption--s">{block.caption}</caption> : null}
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {block.header.map((cell, index) => (
                <th scope="col" className="govuk-table__header" key={index}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {block.rows.map((row, rowIndex) => (
              <tr className="govuk-table__row" key={rowIndex}>
                {row.map((cell, index) => (
                  <td className="govuk-table__cell" key={index}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    case 'signatures':
      return (
        <dl className="govuk-summary-list">
          {block.signatories.map((slot) => (
            <div className="govuk-summary-list__row" key={slot.id}>
              <dt className="govuk-summary-list__key">Signed for and on behalf of {slot.party}</dt>
              <dd className="govuk-summary-list__value">
                {slot.role}
                {slot.name ? `: ${slot.name}` : ''}
              </dd>
            </div>
          ))}
        </dl>
      )
    case 'page_break':
      return <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
  }
}
