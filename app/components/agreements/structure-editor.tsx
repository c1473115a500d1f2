import { Link } from '@remix-run/react'
import { AppForm, WarningText } from '#app/components/forms'
import { ClauseWordingTags, type TClauseWordingSummary } from './clause-wording-tags'
import { clauseAnchor } from './problem-links'

export type TStructureClause = { id: string; number: string; heading: string; kind: string; handEdited: boolean; wording?: TClauseWordingSummary }
export type TStructureSection = { id: string; heading: string; kind: string; clauses: TStructureClause[] }
export type TRemovedEntry = { kind: 'clause' | 'section'; id: string; label: string; removedBy: string; removedAt: string }
export type TReferenceProblem = { clauseId: string; message: string }

/** A small POST button on the draft page: one intent, its fields, and a name for screen readers. */
function ActionButton({ intent, fields, label, hidden, warning = false }: { intent: string; fields: Record<string, string>; label: string; hidden: string; warning?: boolean }) {
  return (
    <AppForm>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`govuk-button ${warning ? 'govuk-button--warning' : 'govuk-button--secondary'} govuk-!-margin-bottom-0`} data-module="govuk-button">
        {label}
        <span className="govuk-visually-hidden"> {hidden}</span>
      </button>
    </AppForm>
  )
}

/** The draft's sections and clauses, each with what may be done to it: edit, move, delete. */
export function StructureEditor({ base, sections, canEdit }: { base: string; sections: TStructureSection[]; canEdit: boolean }) {
  return (
    <>
      {sections.map((section, sectionIndex) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="app-structure-section">
          <h3 className="govuk-heading-s" id={`section-${section.id}`}>
            {section.heading}
          </h3>
          {canEdit ? (
            <div className="govuk-button-group app-structure-actions">
              <Link className="govuk-link" to={`${base}/clauses/new?section=${encodeURIComponent(section.id)}`}>
                Add a clause<span className="govuk-visually-hidden"> to {section.heading}</span>
              </Link>
              <Link className="govuk-link" to={`${base}/sections/${encodeURIComponent(section.id)}`}>
                Rename<span className="govuk-visually-hidden"> {section.heading}</span>
              </Link>
              {sectionIndex > 0 ? <ActionButton intent="move-section" fields={{ sectionId: section.id, direction: 'up' }} label="Move section up" hidden={section.heading} /> : null}
              {sectionIndex < sections.length - 1 ? <ActionButton intent="move-section" fields={{ sectionId: section.id, direction: 'down' }} label="Move section down" hidden={section.heading} /> : null}
              <ActionButton intent="delete-section" fields={{ sectionId: section.id }} label="Delete section" hidden={section.heading} warning />
            </div>
          ) : null}
          {section.clauses.length === 0 ? (
            <p className="govuk-body govuk-hint">No clauses yet.</p>
          ) : (
            <div className="app-table-scroll" tabIndex={0} role="region" aria-label={`Clauses in ${section.heading}`}>
              <table className="govuk-table">
                <caption className="govuk-visually-hidden">Clauses in {section.heading}</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header govuk-!-width-one-third">
                      Clause
                    </th>
                    <th scope="col" className="govuk-table__header govuk-!-width-one-quarter">
                      Kind
                    </th>
                    <th scope="col" className="govuk-table__header">
                      <span className="govuk-visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {section.clauses.map((clause, index) => (
                    <ClauseRow key={clause.id} base={base} clause={clause} first={index === 0} last={index === section.clauses.length - 1} canEdit={canEdit} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  )
}

function ClauseRow({ base, clause, first, last, canEdit }: { base: string; clause: TStructureClause; first: boolean; last: boolean; canEdit: boolean }) {
  const name = [clause.number, clause.heading].filter(Boolean).join(' ') || `${clause.kind} clause`
  return (
    <tr className="govuk-table__row" id={clauseAnchor(clause.id)}>
      <td className="govuk-table__cell">
        {name}
        {clause.handEdited ? <span className="govuk-hint govuk-!-margin-bottom-0"> (hand-edited wording)</span> : null}
        <ClauseWordingTags wording={clause.wording} />
        {clause.wording?.differsFromTerms ? (
          <>
            {' '}
            <Link className="govuk-link govuk-body-s" to={`${base}/clauses/${encodeURIComponent(clause.id)}/wording`}>
              Compare wording and terms<span className="govuk-visually-hidden"> of {name}</span>
            </Link>
          </>
        ) : null}
      </td>
      <td className="govuk-table__cell">{clause.kind}</td>
      <td className="govuk-table__cell">
        {canEdit ? (
          <div className="govuk-button-group govuk-!-margin-bottom-0">
            <Link className="govuk-link" to={`${base}/clauses/${encodeURIComponent(clause.id)}`}>
              Edit<span className="govuk-visually-hidden"> {name}</span>
            </Link>
            <Link className="govuk-link" to={`${base}/clauses/${encodeURIComponent(clause.id)}/move`}>
              Move to…<span className="govuk-visually-hidden"> {name}</span>
            </Link>
            {first ? null : <ActionButton intent="move" fields={{ clauseId: clause.id, direction: 'up' }} label="Move up" hidden={name} />}
            {last ? null : <ActionButton intent="move" fields={{ clauseId: clause.id, direction: 'down' }} label="Move down" hidden={name} />}
            <ActionButton intent="delete-clause" fields={{ clauseId: clause.id }} label="Delete" hidden={name} warning />
          </div>
        ) : null}
      </td>
    </tr>
  )
}

/** Deletions that can still be undone, newest first, each with its Restore button. */
export function RemovedItems({ items }: { items: TRemovedEntry[] }) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby="deleted-title">
      <h3 className="govuk-heading-s" id="deleted-title">
        Deleted from this draft
      </h3>
      <p className="govuk-body">You can restore these until the draft is sent to legal review.</p>
      <ul className="govuk-list">
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`} className="app-removed-item">
            <span className="govuk-body">
              {item.label}, deleted by {item.removedBy}
            </span>{' '}
            <ActionButton intent="restore" fields={{ kind: item.kind, itemId: item.id }} label="Restore" hidden={item.label} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Wording that refers to clauses that were deleted or do not exist, each linked to its clause. */
export function ReferenceProblems({ base, problems }: { base: string; problems: TReferenceProblem[] }) {
  if (problems.length === 0) return null
  return (
    <WarningText>
      Cross-references to check
      <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
        {problems.map((problem, index) => (
          <li key={index}>
            <Link className="govuk-link" to={`${base}/clauses/${encodeURIComponent(problem.clauseId)}`}>
              {problem.message}
            </Link>
          </li>
        ))}
      </ul>
    </WarningText>
  )
}
