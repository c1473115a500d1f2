type TMeasure = 'percentage' | 'count' | 'yes_no' | 'rating' | 'amount'
type TPoint = { periodLabel: string; value: number; shown: string; rag: 'green' | 'amber' | 'red' | null }

const RAG_FILL = { green: '#00703c', amber: '#ffdd00', red: '#d4351c' } as const

/**
 * The chart's top and its gridlines' labels: 0-100% for percentages, No/Yes, a rating scale's words
 * with the best at the top, else a round top above the largest figure.
 */
function scaleOf(measure: TMeasure, points: TPoint[], ratingScale: string[]): { top: number; ticks: Array<{ value: number; label: string }> } {
  if (measure === 'percentage') return { top: 100, ticks: [0, 50, 100].map((value) => ({ value, label: `${value}%` })) }
  if (measure === 'yes_no') return { top: 1, ticks: [{ value: 0, label: 'No' }, { value: 1, label: 'Yes' }] }
  if (measure === 'rating') return { top: Math.max(1, ratingScale.length - 1), ticks: ratingScale.map((label, place) => ({ value: ratingScale.length - 1 - place, label })) }
  const largest = Math.max(1, ...points.map((point) => point.value))
  const step = 10 ** Math.floor(Math.log10(largest))
  const rounded = Math.ceil(largest / step) * step
  // Whole numbers at the middle gridline too: a count of 9 is drawn against 0, 5 and 10, not 4.5.
  const top = rounded % 2 === 0 ? rounded : rounded + step
  const label = (value: number) => (measure === 'amount' ? `£${(value / 100).toLocaleString('en-GB', { maximumFractionDigits: 0 })}` : value.toLocaleString('en-GB'))
  return { top, ticks: [0, top / 2, top].map((value) => ({ value, label: label(value) })) }
}

/**
 * One indicator's returns over time as an inline SVG line chart, on the scale its measure needs. The
 * SVG is labelled for screen readers and the same figures follow in a table, so nothing is shown by
 * colour or shape alone.
 */
export function KpiTrendChart(props: { id: string; title: string; measure: TMeasure; ratingScale?: string[]; points: TPoint[]; greenFrom?: number; amberFrom?: number }) {
  const { id, title, measure, ratingScale = [], points, greenFrom, amberFrom } = props
  if (points.length === 0) return <p className="govuk-body">No returns yet.</p>
  const width = 560
  const height = 200
  // A rating's words ("Requires improvement") need a wider margin than "100%"; the table below the chart has them in full.
  const left = measure === 'rating' ? Math.min(200, 8 + 6.5 * Math.max(...ratingScale.map((label) => label.length), 4)) : 56
  const bottom = 30
  const { top, ticks } = scaleOf(measure, points, ratingScale)
  const x = (index: number) => left + (points.length === 1 ? (width - left) / 2 : (index * (width - left - 20)) / (points.length - 1))
  const y = (value: number) => 10 + ((top - value) * (height - bottom - 10)) / top
  const line = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index)},${y(point.value)}`).join(' ')
  const summary = points.map((point) => `${point.periodLabel}: ${point.shown}`).join('; ')
  return (
    <figure className="app-kpi-chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={left} x2={width} y1={y(tick.value)} y2={y(tick.value)} stroke="#b1b4b6" />
            <text x={0} y={y(tick.value) + 4} fontSize="12">
              {tick.label}
            </text>
          </g>
        ))}
        {greenFrom !== undefined ? <line x1={left} x2={width} y1={y(greenFrom)} y2={y(greenFrom)} stroke="#00703c" strokeDasharray="4 4" /> : null}
        {amberFrom !== undefined ? <line x1={left} x2={width} y1={y(amberFrom)} y2={y(amberFrom)} stroke="#d4351c" strokeDasharray="4 4" /> : null}
        <path d={line} fill="none" stroke="#1d70b8" strokeWidth="3" />
        {points.map((point, index) => (
          <g key={point.periodLabel}>
            <circle cx={x(index)} cy={y(point.value)} r="6" fill={point.rag ? RAG_FILL[point.rag] : '#1d70b8'} stroke="#0b0c0c" />
            <text x={x(index)} y={height - 8} fontSize="11" textAnchor="middle">
              {point.periodLabel.replace(/ \d{4}\/\d{2}$/, '')}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="govuk-visually-hidden">{title}</figcaption>
    </figure>
  )
}
