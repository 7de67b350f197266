import { join } from 'node:path';
import type { Outcome } from '../../core/outcome';
import type { DocumentKind } from '../../core/documents/messages';
import { DOCUMENT_KINDS } from '../../core/usecases/documents';
import { writeDocuments } from '../cli/docs-command';
import type { DemoContext } from './steps';

/** The demo's documents: the order, the individual plans, the analytic report and the roadmap as .docx under out/. */
export async function demoDocuments(
  ctx: DemoContext,
  kinds: readonly DocumentKind[] = DOCUMENT_KINDS,
): Promise<Outcome> {
  const { outcome, files } = await writeDocuments(
    ctx.env,
    join(ctx.dir, `${ctx.name}-документы`),
    kinds,
    ctx.workbookPath,
  );
  for (const file of files) ctx.addFile(file);
  return outcome;
}
