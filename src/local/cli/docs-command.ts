import { basename, dirname, extname, join } from 'node:path';
import { countText } from '../../core/documents/russian';
import type { Outcome } from '../../core/outcome';
import { createDocuments, DOCUMENT_KINDS, type DocumentKind } from '../../core/usecases/documents';
import { FolderDocuments, type WrittenFiles } from '../docx-renderer';
import type { LocalEnv } from '../local-env';
import { UsageError } from './args';
import type { WorkbookCommand } from './command';

const KIND_NAMES: Record<string, DocumentKind> = {
  order: 'order',
  приказ: 'order',
  plans: 'plans',
  планы: 'plans',
  report: 'report',
  отчёт: 'report',
  отчет: 'report',
  roadmap: 'roadmap',
  'дорожная-карта': 'roadmap',
};

const OPTIONS: Record<string, string> = {
  dir: 'папка для файлов .docx (по умолчанию рядом с книгой: <книга>-документы)',
  only: 'какие документы, через запятую: order (приказ), plans (планы), report (отчёт), roadmap (дорожная карта); по умолчанию все',
};

export function parseKinds(value: string | undefined): DocumentKind[] {
  if (value === undefined) return [...DOCUMENT_KINDS];
  const kinds = value.split(',').map((part) => {
    const kind = KIND_NAMES[part.trim().toLowerCase()];
    if (!kind)
      throw new UsageError(`--only: неизвестный документ «${part.trim()}». Допустимо: order, plans, report, roadmap`);
    return kind;
  });
  return [...new Set(kinds)];
}

export function documentsFolder(workbookPath: string): string {
  return join(dirname(workbookPath), `${basename(workbookPath, extname(workbookPath))}-документы`);
}

/** Creates the documents as .docx files in `folder` and waits until every file is written. */
export async function writeDocuments(
  env: LocalEnv,
  folder: string,
  kinds: readonly DocumentKind[],
  workbookPath?: string,
): Promise<{ outcome: Outcome; files: string[] }> {
  const documents = new FolderDocuments(
    folder,
    workbookPath === undefined ? undefined : dirname(workbookPath),
    writtenFiles(env, folder),
  );
  const outcome = createDocuments({ ...env, documents }, kinds);
  const files = await documents.settle();
  return {
    outcome: {
      ...outcome,
      lines: [
        ...outcome.lines,
        ...documents.kept,
        `Папка с файлами: ${folder} (${countText(files.length, 'файл', 'файла', 'файлов')})`,
      ],
    },
    files,
  };
}

/**
 * The hashes of the .docx files written into a folder, kept in the workbook's store (they travel
 * with the workbook): a file whose bytes differ was edited by the user and is never overwritten.
 */
function writtenFiles(env: LocalEnv, folder: string): WrittenFiles {
  const key = `nastavnik:docx-hashes:${basename(folder)}`;
  const hashes: Record<string, string> = JSON.parse(env.store.get(key) ?? '{}');
  return {
    hashOf: (name) => hashes[name] ?? null,
    record: (name, hash) => {
      hashes[name] = hash;
      env.store.set(key, JSON.stringify(hashes));
    },
  };
}

export const docsCommand: WorkbookCommand = {
  name: 'docs',
  summary:
    'Документы в DOCX: приказ об утверждении пар, индивидуальные планы, аналитический отчёт, дорожная карта; ссылки — на лист «Документы»',
  usage: 'nastavnik docs <книга.xlsx> [--only order,plans,report,roadmap] [--dir папка] [--out файл.xlsx]',
  options: OPTIONS,
  run: async (env, args) => {
    const folder = args.text('dir') ?? documentsFolder(args.outputPath);
    return (await writeDocuments(env, folder, parseKinds(args.text('only')), args.outputPath)).outcome;
  },
};
