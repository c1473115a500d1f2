type TPoint = { periodLabel: string; percentage: number; rag: 'green' | 'amber' | 'red' | null }

const RAG_FILL = { green: '#00703c', amber: '#ffdd00', red: '#d4351c' } as const

/**
 * One indicator's returns over time as an inline SVG line chart. The SVG is labelled for screen
 * readers and the same figures follow in a table, so nothing is shown by colour or shape alone.
 */
export function KpiTrendChart({ id, title, points, greenFrom, amberFrom }: { id: string; title: string; points: TPoint[]; greenFrom?: number; amberFrom?: number }) {
  if (points.length === 0) return <p className="govuk-body">No returns yet.</p>
  const width = 560
  const height = 200
  const left = 40
  const bottom = 30
  const x = (index: number) => left + (points.length === 1 ? (width - left) / 2 : (index * (width - left - 20)) / (points.length - 1))
  const y = (percentage: number) => 10 + ((100 - percentage) * (height - bottom - 10)) / 100
  const line = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index)},${y(point.percentage)}`).join(' ')
  const summary = points.map((point) => `${point.periodLabel}: ${point.percentage}%`).join('; ')
  return (
    <figure className="app-kpi-chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width} y1={y(tick)} y2={y(tick)} stroke="#b1b4b6" />
            <text x={0} y={y(tick) + 4} fontSize="12">{`${tick}%`}</text>
          </g>
        ))}
        {greenFrom !== undefined ? <line x1={left} x2={width} y1={y(greenFrom)} y2={y(greenFrom)} stroke="#00703c" strokeDasharray="4 4" /> : null}
        {amberFrom !== undefined ? <line x1={left} x2={width} y1={y(amberFrom)} y2={y(amberFrom)} stroke="#d4351c" strokeDasharray="4 4" /> : null}
        <path d={line} fill="none" stroke="#1d70b8" strokeWidth="3" />
        {points.map((point, index) => (
          <g key={point.periodLabel}>
            <circle cx={x(index)} cy={y(point.percentage)} r="6" fill={point.rag ? RAG_FILL[point.rag] : '#1d70b8'} stroke="#0b0c0c" />
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
