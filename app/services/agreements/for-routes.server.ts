// What route loaders and actions use from the models and the clause library, behind a `.server`
// name: the classic compiler then leaves mongoose and the clause library out of the browser bundle
// even where a module has side effects (a mongoose model registers itself when imported).
export { agreementSubject, partiesOf, renderContextOf } from '#models/agreement'
export { findClause } from '#models/agreement-clauses'
export { clauseKinds, getClauseKind } from '#clauses/index'
export { renderAgreementDocument, renderClauseContent, sectionHeading } from '#clauses/render-document'
export { getTemplate } from '#templates/registry'
export { findBrokenCrossReferences } from '#clauses/cross-references'
export { fillDetails } from '#clauses/wording'
