type TWord = { value: string; added?: boolean; removed?: boolean }

/** A word-level comparison that reads aloud as well as it looks: each change says "added" or "removed". */
export function WordDiff({ words }: { words: TWord[] }) {
  return (
    <p className="govuk-body app-word-diff">
      {words.map((word, index) => {
        if (word.added) {
          return (
            <ins key={index} className="app-word-diff__added">
              <span className="govuk-visually-hidden">[added: </span>
              {word.value}
              <span className="govuk-visually-hidden">]</span>
            </ins>
          )
        }
        if (word.removed) {
          return (
            <del key={index} className="app-word-diff__removed">
              <span className="govuk-visually-hidden">[removed: </span>
              {word.value}
              <span className="govuk-visually-hidden">]</span>
            </del>
          )
        }
        return <span key={index}>{word.value}</span>
      })}
    </p>
  )
}
