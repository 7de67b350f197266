/**
 * ExcelJS 4.4.0 writes back the images of a sheet but not its charts (nor shapes or text boxes of
 * its drawing): a curator's chart on their own sheet would vanish at the first save. After ExcelJS
 * has written the workbook, each sheet's drawing from the original package — with every part it
 * refers to (charts, their styles and colours, images), byte for byte — is put back into the new
 * package under names of its own («kept_…»), and the sheet points to it again.
 */
import JSZip from 'jszip';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_TYPE = `${REL_NS}/drawing`;
const KEPT = 'kept_';

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export async function keepDrawings(original: Uint8Array, written: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(original);
  if (!Object.keys(source.files).some((name) => /^xl\/drawings\/[^/]+\.xml$/.test(name))) return written;
  const target = await JSZip.loadAsync(written);
  const before = await sheetParts(source);
  const after = await sheetParts(target);
  const types = new ContentTypes(
    await readText(source, '[Content_Types].xml'),
    await readText(target, '[Content_Types].xml'),
  );
  let changed = false;
  for (const [sheetName, sourcePart] of before) {
    const targetPart = after.get(sheetName);
    if (!targetPart) continue;
    const sourceRels = await relationships(source, sourcePart);
    const drawing = sourceRels.find((rel) => rel.type === DRAWING_TYPE && !rel.external);
    if (!drawing) continue;
    const drawingPart = resolve(sourcePart, drawing.target);
    if (!(await hasChartsOrShapes(source, drawingPart))) continue; // images only: ExcelJS kept them
    await dropOwnDrawing(target, targetPart, types);
    const keptDrawing = await copyPart(source, target, drawingPart, types, new Map());
    await pointSheetTo(target, targetPart, relativeFrom(targetPart, keptDrawing));
    changed = true;
  }
  if (!changed) return written;
  target.file('[Content_Types].xml', types.xml());
  // Uncompressed: the package is deflated once, at the end of the save (deflate-zip.ts).
  return target.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** A drawing ExcelJS would not write back: a chart, a shape, a group, a connector. */
async function hasChartsOrShapes(zip: JSZip, part: string): Promise<boolean> {
  const xml = await readText(zip, part);
  return /<c:chart\b|<xdr:sp\b|<xdr:grpSp\b|<xdr:cxnSp\b|drawingml\/2006\/chart/.test(xml);
}

/** Sheet name → its part, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readText(zip, 'xl/workbook.xml');
  const rels = await relationships(zip, 'xl/workbook.xml');
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(match[0], 'name');
    const id = attribute(match[0], 'r:id');
    const rel = rels.find((r) => r.id === id);
    if (name !== null && rel) parts.set(unescapeXml(name), resolve('xl/workbook.xml', rel.target));
  }
  return parts;
}

/** Copies a part and, recursively, every part its relationships name; returns the copy's path. */
async function copyPart(
  source: JSZip,
  target: JSZip,
  part: string,
  types: ContentTypes,
  copied: Map<string, string>,
): Promise<string> {
  const done = copied.get(part);
  if (done) return done;
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  let copy = `${folder}${KEPT}${part.slice(folder.length)}`;
  for (let n = 2; target.file(copy); n++) copy = `${folder}${KEPT}${n}_${part.slice(folder.length)}`;
  copied.set(part, copy);
  const bytes = await source.file(part)?.async('uint8array');
  if (!bytes) return copy;
  target.file(copy, bytes);
  types.copy(part, copy);
  const rels = await relationships(source, part);
  if (rels.length > 0) {
    let relsXml = await readText(source, relsPath(part));
    for (const rel of rels) {
      if (rel.external) continue;
      const child = await copyPart(source, target, resolve(part, rel.target), types, copied);
      relsXml = relsXml.replace(new RegExp(`(<Relationship\\b[^>]*\\bId="${escapeRegExp(rel.id)}"[^>]*>)`), (element) =>
        element.replace(/\bTarget="[^"]*"/, `Target="${relativeFrom(copy, child)}"`),
      );
    }
    target.file(relsPath(copy), relsXml);
  }
  return copy;
}

/** Removes the drawing ExcelJS wrote for the sheet (its images are in the original drawing too). */
async function dropOwnDrawing(zip: JSZip, sheetPart: string, types: ContentTypes): Promise<void> {
  const rels = await relationships(zip, sheetPart);
  const own = rels.find((rel) => rel.type === DRAWING_TYPE);
  if (!own) return;
  const part = resolve(sheetPart, own.target);
  zip.remove(part);
  zip.remove(relsPath(part));
  types.remove(part);
  const relsXml = await readText(zip, relsPath(sheetPart));
  zip.file(
    relsPath(sheetPart),
    relsXml.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${escapeRegExp(own.id)}"[^>]*/>`), ''),
  );
  const sheet = await readText(zip, sheetPart);
  zip.file(sheetPart, sheet.replace(/<drawing\b[^>]*\/>/, ''));
}

/** Elements a worksheet may have after <drawing>, in schema order: <drawing> goes before the first. */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

async function pointSheetTo(zip: JSZip, sheetPart: string, target: string): Promise<void> {
  const path = relsPath(sheetPart);
  let rels =
    (await zip.file(path)?.async('string')) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let id = 'rIdKeptDrawing';
  for (let n = 2; rels.includes(`Id="${id}"`); n++) id = `rIdKeptDrawing${n}`;
  rels = rels.replace(
    '</Relationships>',
    `<Relationship Id="${id}" Type="${DRAWING_TYPE}" Target="${target}"/></Relationships>`,
  );
  zip.file(path, rels);
  let sheet = await readText(zip, sheetPart);
  if (!/xmlns:r="/.test(sheet.slice(0, sheet.indexOf('>', sheet.indexOf('<worksheet')))))
    sheet = sheet.replace('<worksheet', `<worksheet xmlns:r="${REL_NS}"`);
  const element = `<drawing r:id="${id}"/>`;
  const at = AFTER_DRAWING.map((name) => sheet.search(new RegExp(`<${name}\\b`))).filter((i) => i >= 0);
  const position = at.length > 0 ? Math.min(...at) : sheet.lastIndexOf('</worksheet>');
  zip.file(sheetPart, sheet.slice(0, position) + element + sheet.slice(position));
}

/** [Content_Types].xml of the new package, completed with the types of the parts copied into it. */
class ContentTypes {
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();
  private readonly sourceOverrides = new Map<string, string>();
  private readonly sourceDefaults = new Map<string, string>();

  constructor(
    source: string,
    private readonly target: string,
  ) {
    read(source, this.sourceOverrides, this.sourceDefaults);
    read(target, this.overrides, this.defaults);
  }

  copy(part: string, copy: string): void {
    const type = this.sourceOverrides.get(`/${part}`);
    if (type) this.overrides.set(`/${copy}`, type);
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    const byExtension = this.sourceDefaults.get(ext);
    if (!type && byExtension && !this.defaults.has(ext)) this.defaults.set(ext, byExtension);
  }

  remove(part: string): void {
    this.overrides.delete(`/${part}`);
  }

  xml(): string {
    const head = this.target.slice(0, this.target.indexOf('<Types'));
    const open =
      /<Types\b[^>]*>/.exec(this.target)?.[0] ??
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">';
    const defaults = [...this.defaults].map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`);
    const overrides = [...this.overrides].map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`);
    return `${head}${open}${defaults.join('')}${overrides.join('')}</Types>`;
  }
}

function read(xml: string, overrides: Map<string, string>, defaults: Map<string, string>): void {
  for (const match of xml.matchAll(/<Override\b[^>]*>/g)) {
    const part = attribute(match[0], 'PartName');
    const type = attribute(match[0], 'ContentType');
    if (part && type) overrides.set(part, type);
  }
  for (const match of xml.matchAll(/<Default\b[^>]*>/g)) {
    const ext = attribute(match[0], 'Extension');
    const type = attribute(match[0], 'ContentType');
    if (ext && type) defaults.set(ext.toLowerCase(), type);
  }
}

async function relationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await zip.file(relsPath(part))?.async('string');
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((match) => ({
    id: attribute(match[0], 'Id') ?? '',
    type: attribute(match[0], 'Type') ?? '',
    target: attribute(match[0], 'Target') ?? '',
    external: /TargetMode="External"/i.test(match[0]),
  }));
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to its part → the path inside the package. */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relativeFrom(fromPart: string, to: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const dest = to.split('/');
  let common = 0;
  while (common < from.length && common < dest.length - 1 && from[common] === dest[common]) common++;
  return [...new Array(from.length - common).fill('..'), ...dest.slice(common)].join('/');
}

async function readText(zip: JSZip, part: string): Promise<string> {
  return (await zip.file(part)?.async('string')) ?? '';
}

function attribute(element: string, name: string): string | null {
  return new RegExp(`\\s${escapeRegExp(name)}="([^"]*)"`).exec(element)?.[1] ?? null;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
