import type { Chart } from './chart';

/**
 * A chart as SVG, for the documents (offline it becomes a PNG, src/local/chart-image.ts). Pure
 * string building: text widths are estimated (DejaVu/Liberation Sans average ≤ 0.62 em), long
 * labels wrap to at most three lines.
 */
export const CHART_SIZE = { width: 640, rowHeight: 22, columnHeight: 320 };
export const SERIES_COLOURS = ['#9fc5e8', '#3c78d8', '#6aa84f', '#e69138'];
const FONT = 'font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"';
const CHAR_WIDTH = 0.62;
const LABEL_SIZE = 11;

export function chartSvg(chart: Chart): { svg: string; width: number; height: number } {
  return chart.kind === 'bar' ? barSvg(chart) : columnSvg(chart);
}

/** The value as a reader sees it: decimal comma, one decimal for % and scores. */
export function chartValueText(chart: Chart, value: number): string {
  const text = chart.unit === 'count' ? String(Math.round(value)) : value.toFixed(1).replace('.', ',');
  return chart.unit === '%' ? `${text} %` : text;
}

function barSvg(chart: Chart): { svg: string; width: number; height: number } {
  const width = CHART_SIZE.width;
  const labelWidth = 250;
  const plotLeft = labelWidth + 12;
  const plotWidth = width - plotLeft - 70;
  const top = 64;
  const bar = 14;
  const lines = chart.categories.map((c) => wrap(c, labelWidth, 3));
  const groupHeight = (i: number) => Math.max(chart.series.length * bar + 10, lines[i].length * 14 + 8);
  const max = axisMax(chart);
  const parts: string[] = [...frame(chart, width)];
  let y = top;
  chart.categories.forEach((_, i) => {
    const height = groupHeight(i);
    const textTop = y + height / 2 - (lines[i].length * 14) / 2 + 11;
    lines[i].forEach((line, l) => {
      parts.push(text(labelWidth, textTop + l * 14, line, LABEL_SIZE, 'end'));
    });
    const barsTop = y + (height - chart.series.length * bar) / 2;
    chart.series.forEach((series, s) => {
      const value = series.values[i];
      if (value === null || value === undefined) return;
      const length = (Math.max(0, value) / max) * plotWidth;
      const by = barsTop + s * bar;
      parts.push(`<rect x="${plotLeft}" y="${by}" width="${round(length)}" height="${bar - 2}" fill="${colour(s)}"/>`);
      parts.push(text(plotLeft + length + 4, by + bar - 4, chartValueText(chart, value), 10, 'start'));
    });
    y += height;
  });
  parts.push(`<line x1="${plotLeft}" y1="${top}" x2="${plotLeft}" y2="${y}" stroke="#666"/>`);
  const height = y + 16;
  return { svg: wrapSvg(parts, width, height), width, height };
}

function columnSvg(chart: Chart): { svg: string; width: number; height: number } {
  const width = CHART_SIZE.width;
  const left = 40;
  const top = 64;
  const plotHeight = 200;
  const plotWidth = width - left - 20;
  const slot = plotWidth / Math.max(1, chart.categories.length);
  const bar = Math.min(36, (slot - 16) / Math.max(1, chart.series.length));
  const max = axisMax(chart);
  const base = top + plotHeight;
  const parts: string[] = [...frame(chart, width)];
  let labelLines = 1;
  chart.categories.forEach((category, i) => {
    const x = left + i * slot;
    const groupLeft = x + (slot - bar * chart.series.length) / 2;
    chart.series.forEach((series, s) => {
      const value = series.values[i];
      if (value === null || value === undefined) return;
      const h = (Math.max(0, value) / max) * plotHeight;
      const bx = groupLeft + s * bar;
      parts.push(
        `<rect x="${round(bx)}" y="${round(base - h)}" width="${round(bar - 2)}" height="${round(h)}" fill="${colour(s)}"/>`,
      );
      parts.push(text(bx + bar / 2, base - h - 4, chartValueText(chart, value), 10, 'middle'));
    });
    const lines = wrap(category, slot - 6, 3);
    labelLines = Math.max(labelLines, lines.length);
    lines.forEach((line, l) => {
      parts.push(text(x + slot / 2, base + 16 + l * 14, line, LABEL_SIZE, 'middle'));
    });
  });
  parts.push(`<line x1="${left}" y1="${base}" x2="${width - 20}" y2="${base}" stroke="#666"/>`);
  const height = base + 16 + labelLines * 14 + 8;
  return { svg: wrapSvg(parts, width, height), width, height };
}

/** Title and legend. */
function frame(chart: Chart, width: number): string[] {
  const parts = [text(width / 2, 24, chart.title, 14, 'middle', true)];
  let x = 16;
  chart.series.forEach((series, s) => {
    parts.push(`<rect x="${x}" y="38" width="12" height="12" fill="${colour(s)}"/>`);
    parts.push(text(x + 16, 48, series.name, LABEL_SIZE, 'start'));
    x += 16 + textWidth(series.name, LABEL_SIZE) + 24;
  });
  return parts;
}

function axisMax(chart: Chart): number {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const highest = Math.max(0, ...values);
  if (chart.unit === '%') return Math.max(100, highest);
  if (chart.unit === 'score') return 10;
  return Math.max(1, highest);
}

function colour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

function wrapSvg(parts: string[], width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${round(height)}" viewBox="0 0 ${width} ${round(height)}"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
}

function text(x: number, y: number, content: string, size: number, anchor: string, bold = false): string {
  const weight = bold ? ' font-weight="bold"' : '';
  return `<text x="${round(x)}" y="${round(y)}" ${FONT} font-size="${size}" text-anchor="${anchor}"${weight} fill="#222">${escapeXml(content)}</text>`;
}

function textWidth(content: string, size: number): number {
  return content.length * size * CHAR_WIDTH;
}

/** Words into lines that fit `width`; the last line ends with «…» when the text does not fit. */
export function wrap(content: string, width: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (LABEL_SIZE * CHAR_WIDTH)));
  const lines: string[] = [];
  let current = '';
  for (const word of content.split(/\s+/).filter((w) => w !== '')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length <= perLine || current === '') current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
  return kept;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
