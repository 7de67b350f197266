import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocumentInput } from '../../src/core/documents/inputs';
import { buildOrder } from '../../src/core/documents/order';
import { typesetModel } from '../../src/core/documents/typography';
import { renderDocx } from '../../src/local/docx-renderer';
import { NOW, schoolWithRoadmap } from '../core/documents/fixture';

const NB = '\u00a0';

/** The text of each paragraph of document.xml as a reader sees it (non-breaking spaces kept). */
async function paragraphs(buffer: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')?.async('string');
  return [...(xml ?? '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((t) => (t[0] === '<w:tab/>' ? ' ' : t[1]))
        .join('')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    )
    .filter((t) => t.trim() !== '');
}

describe('the order as a director reads it in the DOCX', () => {
  it('keeps initials, «№» and «г.» with their words and prints the school, the signatory and the adults', async () => {
    const order = buildOrder(readDocumentInput(schoolWithRoadmap(), NOW));
    const text = await paragraphs(await renderDocx(typesetModel(order.model)));
    expect(text[0]).toBe(`МБОУ «Средняя общеобразовательная школа №${NB}7»`);
    expect(text).toContain('ПРИКАЗ');
    expect(text).toContain(`«5»${NB}октября 2026${NB}г.          №${NB}45-о`);
    expect(text.find((t) => t.startsWith('Директор'))).toMatch(new RegExp(`С\\.${NB}Н\\.${NB}Громов$`));
    expect(text.find((t) => t.startsWith('3.'))).toContain(`Петровой${NB}А.${NB}С.`);
    expect(text.join('\n')).not.toMatch(/[А-ЯЁ]\. [А-ЯЁ]\.|№ \d| г\./);
    // the acquaintance sheet: adults only (the pupils Соколов and Морозов sign nothing)
    const sheet = text.slice(
      text.indexOf(`С${NB}приказом ознакомлены:`),
      text.findIndex((t) => t.startsWith('Приложение')),
    );
    expect(sheet.join(' ')).toContain(`Белова${NB}А.${NB}С.`);
    expect(sheet.join(' ')).not.toMatch(/Соколов|Морозов/);
    expect(text).toContain('Соколов Артём Дмитриевич, обучающийся 8 «Б» класса');
    expect(text.join('\n')).not.toContain('(назначен');
  });
});

describe('the order’s signature', () => {
  it('keeps the last point on the page of the director’s signature', async () => {
    const order = buildOrder(readDocumentInput(schoolWithRoadmap(), NOW));
    const xml =
      (await (await JSZip.loadAsync(await renderDocx(order.model))).file('word/document.xml')?.async('string')) ?? '';
    const kept = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((p) => p[0])
      .filter((p) => p.includes('<w:keepNext'));
    expect(kept.some((p) => p.includes('Контроль за исполнением'))).toBe(true);
  });
});

describe('the order’s justified text', () => {
  it('is Russian and hyphenated, so a justified line of long words has no wide gaps in Word or LibreOffice', async () => {
    const order = buildOrder(readDocumentInput(schoolWithRoadmap(), NOW));
    const zip = await JSZip.loadAsync(await renderDocx(typesetModel(order.model)));
    const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(settings).toMatch(/<w:autoHyphenation(?: w:val="(?:true|1)")?\/>/);
    expect(settings).toMatch(/<w:doNotHyphenateCaps(?: w:val="(?:true|1)")?\/>/);
    // hyphenation follows the text's language: without it Word and LibreOffice use English rules
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toMatch(/<w:lang w:val="ru-RU"/);
  });
});
