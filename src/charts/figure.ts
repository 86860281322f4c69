/** A chart is data: a Plotly figure. Builders return this; rendering (notebook, html, png, svg) is separate. */
export interface Figure {
  data: Array<Record<string, unknown>>;
  layout: Record<string, unknown>;
  /** optional Plotly config (e.g. responsive, displaylogo) */
  config?: Record<string, unknown>;
}
