/**
 * What a reader would see wrong in a drawn chart, measured in the browser on Plotly's own output:
 * tick labels of one axis that overlap, category rows drawn without their label, small-multiple
 * panels drawn over each other or too small to read, and labels that are bare ids (a UUID or a hash)
 * where a reader needs a name. The report's browser test and scripts/check-report.ts use it on every
 * chart of a report.
 */

export interface ChartLayoutCheck {
  id: string;
  /** pairs of tick labels of one axis whose boxes overlap, as "axis: 'a' × 'b'" */
  overlappingTicks: string[];
  /** category axes with rows drawn but not labelled, as "axis: 12 of 40 labelled" */
  unlabelledRows: string[];
  /** panels whose plot areas overlap, as "xy × x2y2" */
  overlappingPanels: string[];
  /** panels under the minimum height, as "x3y3: 12 px" */
  smallPanels: string[];
  /** tick, legend and text labels that are bare ids */
  idLabels: string[];
}

/** The smallest readable panel height in pixels (the layout rule's MIN_PANEL_PX). */
export const MIN_PANEL_PX = 40;

/**
 * Runs in the page (passed to page.evaluate; self-contained: no imports, no closures). `looksLikeId`
 * is given as source text so the browser uses the same rule as the label builder.
 */
export function checkChartsInPage(args: { minPanel: number; idRule: string }): ChartLayoutCheck[] {
  // eslint-disable-next-line no-new-func
  const looksLikeId = new Function(`return (${args.idRule})`)() as (s: string) => boolean;
  type Box = { left: number; right: number; top: number; bottom: number };
  const overlap = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const results: ChartLayoutCheck[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(".nc-chart"))) {
    const gd = el as unknown as { _fullLayout?: Record<string, any> };
    const full = gd._fullLayout;
    const out: ChartLayoutCheck = { id: el.id, overlappingTicks: [], unlabelledRows: [], overlappingPanels: [], smallPanels: [], idLabels: [] };
    results.push(out);
    if (!full) continue;
    // tick labels, per axis: each subplot holds its own axis layers
    const axes = new Map<string, SVGTextElement[]>();
    for (const t of Array.from(el.querySelectorAll<SVGTextElement>("g.xtick > text, g.ytick > text"))) {
      const tick = t.parentElement!;
      const layer = tick.parentElement!;
      const subplot = t.closest("g.subplot");
      const key = `${subplot ? subplot.getAttribute("class") : "?"}|${layer.getAttribute("class")}|${tick.getAttribute("class")?.includes("xtick") ? "x" : "y"}`;
      if (!(t.textContent ?? "").trim()) continue;
      const list = axes.get(key) ?? [];
      list.push(t);
      axes.set(key, list);
    }
    for (const [key, ticks] of axes) {
      const boxes = ticks.map((t) => t.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          if (overlap(boxes[i], boxes[j])) out.overlappingTicks.push(`${key.split("|")[0].replace("subplot ", "")} ${key.endsWith("x") ? "x" : "y"}: '${ticks[i].textContent}' × '${ticks[j].textContent}'`);
        }
      }
    }
    // category axes: every category inside the axis range carries a label
    for (const name of Object.keys(full).filter((k) => /^[xy]axis\d*$/.test(k))) {
      const ax = full[name];
      if (!ax || ax.type !== "category" || ax.visible === false || !Array.isArray(ax._categories)) continue;
      const [lo, hi] = (ax.range as number[]).slice().sort((a, b) => a - b);
      const inRange = ax._categories.filter((_: unknown, i: number) => i >= lo && i <= hi).length;
      const labelled = new Set(((ax._vals ?? []) as Array<{ x: number; text: string }>).filter((v) => v.text !== "" && v.x >= lo && v.x <= hi).map((v) => v.x)).size;
      if (labelled < inRange) out.unlabelledRows.push(`${name}: ${labelled} of ${inRange} labelled`);
    }
    // panels: plot areas from the axes' pixel offsets
    const plots = Object.entries((full._plots ?? {}) as Record<string, any>).map(([id, p]) => ({
      id,
      box: { left: p.xaxis._offset, right: p.xaxis._offset + p.xaxis._length, top: p.yaxis._offset, bottom: p.yaxis._offset + p.yaxis._length },
      visible: p.xaxis.visible !== false || p.yaxis.visible !== false,
    })).filter((p) => p.visible);
    for (let i = 0; i < plots.length; i++) {
      const h = plots[i].box.bottom - plots[i].box.top;
      if (plots.length > 1 && h < args.minPanel) out.smallPanels.push(`${plots[i].id}: ${Math.round(h)} px`);
      for (let j = i + 1; j < plots.length; j++) if (overlap(plots[i].box, plots[j].box)) out.overlappingPanels.push(`${plots[i].id} × ${plots[j].id}`);
    }
    // labels a reader reads: category ticks (a numeric axis shows numbers, not names), legend
    // entries, text on marks, annotations
    const categoryTicks: Element[] = [];
    for (const [id, p] of Object.entries((full._plots ?? {}) as Record<string, any>)) {
      const sub = el.querySelector(`g.subplot.${id}`);
      if (!sub) continue;
      if (p.xaxis?.type === "category") categoryTicks.push(...Array.from(sub.querySelectorAll("g.xtick > text")));
      if (p.yaxis?.type === "category") categoryTicks.push(...Array.from(sub.querySelectorAll("g.ytick > text")));
    }
    const texts = [...categoryTicks, ...Array.from(el.querySelectorAll(".legendtext, .textpoint text, g.annotation-text-g text, .bartext"))];
    for (const t of texts) {
      const s = (t.textContent ?? "").trim();
      if (s && looksLikeId(s)) out.idLabels.push(s);
    }
  }
  return results;
}

/** Every problem of a check as one line each; empty when the chart reads well. */
export function layoutProblems(check: ChartLayoutCheck): string[] {
  return [
    ...check.overlappingTicks.map((p) => `overlapping tick labels ${p}`),
    ...check.unlabelledRows.map((p) => `rows without a label ${p}`),
    ...check.overlappingPanels.map((p) => `panels drawn over each other ${p}`),
    ...check.smallPanels.map((p) => `panel under ${MIN_PANEL_PX} px ${p}`),
    ...[...new Set(check.idLabels)].slice(0, 5).map((p) => `label is a bare id '${p}'`),
  ].map((p) => `${check.id}: ${p}`);
}
