import { Resvg } from '@resvg/resvg-js';
import type { Chart } from '../core/charts/chart';
import { chartSvg } from '../core/charts/chart-svg';

/** A chart of the core as PNG: the core's SVG rendered by resvg (system fonts: DejaVu/Liberation Sans). */
export function chartPng(chart: Chart, scale = 2): { png: Uint8Array; width: number; height: number } {
  const { svg, width, height } = chartSvg(chart);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { png: rendered.asPng(), width, height };
}
