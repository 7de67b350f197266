/**
 * ExcelJS 4.4.0 cannot write charts, so the charts of the core (src/core/charts) are added to the
 * package after it is written: one DrawingML chart part (c:chartSpace, ECMA-376 Part 1 §21.2) per
 * chart, referring to the range of its table and carrying the values as a cache (what Excel and
 * LibreOffice show before recalculating), anchored by a drawing of the sheet. A chart of ours is
 * marked (`descr="nastavnik"`) so that a re-run replaces it — also after keep-drawings.ts has put
 * the sheet's previous drawing back — and the user's own charts on the sheet stay.
 */
import JSZip from 'jszip';
import { type Chart, chartNumberFormat } from '../core/charts/chart';
import { SERIES_COLOURS } from '../core/charts/chart-svg';
import { columnLetter } from '../core/cell';
import type { ChartSpec } from '../core/ports';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_TYPE = `${REL_NS}/drawing`;
const CHART_TYPE = `${REL_NS}/chart`;
const DRAWING_CONTENT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CONTENT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const MARK = 'nastavnik';
/** 600 × 360 px, as in Google Sheets; in EMU (914 400 per inch, 9 525 per pixel) for the drawing. */
export const CHART_SIZE_PX = { width: 600, height: 360 };
const SIZE = { cx: CHART_SIZE_PX.width * 9525, cy: CHART_SIZE_PX.height * 9525 };

export async function addCharts(written: Uint8Array, charts: Map<string, ChartSpec[]>): Promise<Uint8Array> {
  if (charts.size === 0) return written;
  const zip = await JSZip.loadAsync(written);
  let types = await text(zip, '[Content_Types].xml');
  const parts = await sheetParts(zip);
  let serial = 1;
  for (const [sheetName, specs] of charts) {
    const sheetPart = parts.get(sheetName);
    // A sheet listed without specs had its charts removed (their data is gone): ours are dropped.
    if (!sheetPart) continue;
    const rels = await text(zip, relsPath(sheetPart));
    const drawingTarget = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((r) => r.includes(`Type="${DRAWING_TYPE}"`));
    let drawingPart: string;
    let drawing: string;
    if (drawingTarget) {
      drawingPart = resolve(sheetPart, attr(drawingTarget, 'Target') ?? '');
      const cleaned = await dropOurAnchors(zip, drawingPart, await text(zip, drawingPart));
      drawing = cleaned.drawing;
      types = cleaned.removed.reduce((t, part) => t.replace(override(part, CHART_CONTENT), ''), types);
    } else if (specs.length === 0) {
      continue;
    } else {
      for (drawingPart = `xl/drawings/nastavnik${serial}.xml`; zip.file(drawingPart); serial++)
        drawingPart = `xl/drawings/nastavnik${serial}.xml`;
      drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>`;
      types = types.replace('</Types>', `${override(drawingPart, DRAWING_CONTENT)}</Types>`);
      await linkDrawing(zip, sheetPart, drawingPart);
    }
    let drawingRels = (await zip.file(relsPath(drawingPart))?.async('string')) ?? emptyRels();
    for (const spec of specs) {
      let chartPart = `xl/charts/nastavnik${serial}.xml`;
      while (zip.file(chartPart)) chartPart = `xl/charts/nastavnik${++serial}.xml`;
      serial++;
      zip.file(chartPart, chartXml(sheetName, spec));
      types = types.replace('</Types>', `${override(chartPart, CHART_CONTENT)}</Types>`);
      let id = `rIdNastavnik${serial}`;
      while (drawingRels.includes(`Id="${id}"`)) id = `${id}x`;
      drawingRels = drawingRels.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${CHART_TYPE}" Target="${relative(drawingPart, chartPart)}"/></Relationships>`,
      );
      drawing = drawing.replace('</xdr:wsDr>', `${anchorXml(spec, id, serial)}</xdr:wsDr>`);
    }
    zip.file(drawingPart, drawing);
    zip.file(relsPath(drawingPart), drawingRels);
  }
  zip.file('[Content_Types].xml', types);
  // Uncompressed: the package is deflated once, at the end of the save (deflate-zip.ts).
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** Removes the anchors we wrote before (marked) and their chart parts; returns the parts removed. */
async function dropOurAnchors(zip: JSZip, drawingPart: string, drawing: string) {
  const rels = await text(zip, relsPath(drawingPart));
  const removed: string[] = [];
  let relsXml = rels;
  const cleaned = drawing.replace(/<xdr:(oneCellAnchor|twoCellAnchor)\b[\s\S]*?<\/xdr:\1>/g, (anchor) => {
    if (!anchor.includes(`descr="${MARK}"`)) return anchor;
    const id = /<c:chart\b[^>]*r:id="([^"]*)"/.exec(anchor)?.[1];
    const rel = id ? new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*/>`).exec(relsXml)?.[0] : undefined;
    if (rel) {
      const part = resolve(drawingPart, attr(rel, 'Target') ?? '');
      zip.remove(part);
      zip.remove(relsPath(part));
      removed.push(part);
      relsXml = relsXml.replace(rel, '');
    }
    return '';
  });
  if (rels !== '') zip.file(relsPath(drawingPart), relsXml);
  return { drawing: cleaned, removed };
}

async function linkDrawing(zip: JSZip, sheetPart: string, drawingPart: string): Promise<void> {
  let rels = (await zip.file(relsPath(sheetPart))?.async('string')) ?? emptyRels();
  const id = 'rIdNastavnikDrawing';
  rels = rels.replace(
    '</Relationships>',
    `<Relationship Id="${id}" Type="${DRAWING_TYPE}" Target="${relative(sheetPart, drawingPart)}"/></Relationships>`,
  );
  zip.file(relsPath(sheetPart), rels);
  let sheet = await text(zip, sheetPart);
  if (!/xmlns:r="/.test(sheet.slice(0, sheet.indexOf('>', sheet.indexOf('<worksheet')))))
    sheet = sheet.replace('<worksheet', `<worksheet xmlns:r="${REL_NS}"`);
  // <drawing> comes before these in the schema's order
  const after = ['legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'tableParts', 'extLst'];
  const at = after.map((n) => sheet.search(new RegExp(`<${n}\\b`))).filter((i) => i >= 0);
  const position = at.length > 0 ? Math.min(...at) : sheet.lastIndexOf('</worksheet>');
  zip.file(sheetPart, `${sheet.slice(0, position)}<drawing r:id="${id}"/>${sheet.slice(position)}`);
}

function anchorXml(spec: ChartSpec, relId: string, id: number): string {
  return `<xdr:oneCellAnchor><xdr:from><xdr:col>${spec.anchor.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${SIZE.cx}" cy="${SIZE.cy}"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${escapeXml(spec.chart.title)}" descr="${MARK}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL_NS}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`;
}

/** The chart part: a clustered bar or column chart over the table's range, values cached. */
export function chartXml(sheetName: string, spec: ChartSpec): string {
  const { chart, range } = spec;
  const ref = (col: number, from: number, to = from) =>
    `'${sheetName.replace(/'/g, "''")}'!$${columnLetter(col)}$${from}${to > from ? `:$${columnLetter(col)}$${to}` : ''}`;
  const first = range.row + 1;
  const last = range.row + chart.categories.length;
  const categories = strCache(chart.categories);
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escapeXml(ref(range.col + 1 + i, range.row))}</c:f>${strCache([s.name])}</c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[i % SERIES_COLOURS.length].slice(1).toUpperCase()}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${labels(chart)}<c:cat><c:strRef><c:f>${escapeXml(ref(range.col, first, last))}</c:f>${categories}</c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(ref(range.col + 1 + i, first, last))}</c:f>${numCache(s.values, chartNumberFormat(chart))}</c:numRef></c:val></c:ser>`,
    )
    .join('');
  const horizontal = chart.kind === 'bar';
  const max = chart.unit === '%' ? '<c:max val="100"/>' : chart.unit === 'score' ? '<c:max val="10"/>' : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart><c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="t"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function labels(chart: Chart): string {
  return `<c:dLbls><c:numFmt formatCode="${chartNumberFormat(chart)}" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
}

function strCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], format: string): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(match[0], 'name');
    const id = attr(match[0], 'r:id');
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => attr(r, 'Id') === id);
    if (name !== null && rel) parts.set(unescapeXml(name), resolve('xl/workbook.xml', attr(rel, 'Target') ?? ''));
  }
  return parts;
}

const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
const emptyRels = () =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

async function text(zip: JSZip, part: string): Promise<string> {
  return (await zip.file(part)?.async('string')) ?? '';
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relative(fromPart: string, to: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const dest = to.split('/');
  let common = 0;
  while (common < from.length && common < dest.length - 1 && from[common] === dest[common]) common++;
  return [...new Array(from.length - common).fill('..'), ...dest.slice(common)].join('/');
}

function attr(element: string, name: string): string | null {
  return new RegExp(`\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}="([^"]*)"`).exec(element)?.[1] ?? null;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
