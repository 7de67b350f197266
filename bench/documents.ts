/**
 * npx tsx bench/documents.ts [mentees=300]
 * The individual plans of N mentees as one document: time to build the model, time to pack
 * the .docx, and the DocumentApp calls the Google Docs renderer makes (counted on the fake),
 * printed as one JSON line. Calls grow with the number of blocks (a plan is ~20 blocks), never
 * with table rows.
 */
import type { Mentee, Mentor } from '../src/core/bases/participant';
import { buildPlansDocument, type PlanSubject } from '../src/core/documents/individual-plan';
import { Settings } from '../src/core/settings/settings';
import { renderGoogleDoc } from '../src/gas/docs-renderer';
import { renderDocx } from '../src/local/docx-renderer';
import { CallLog } from '../test/gas/fakes/calls';
import { FakeDocumentApp } from '../test/gas/fakes/document-app';

const count = Number(process.argv[2] ?? 300);
const base = {
  category: 'педагог',
  organization: 'Школа № 1',
  subjects: [],
  experienceYears: 5,
  email: '',
  times: [],
  status: '',
  consentDate: new Date(2026, 8, 1),
  hasConsent: true,
  hasErrors: false,
  personKey: '',
};
const mentor: Mentor = {
  ...base,
  id: 'НК-1',
  role: 'mentor',
  row: 2,
  fio: 'Смирнова Ольга Петровна',
  position: 'учитель математики',
  qualification: 'высшая',
  competencies: [],
  achievements: '',
  interests: [],
  wishedCategories: [],
  wishedAge: null,
  forms: [],
  loadLimit: null,
  caseLink: '',
};
const subjects: PlanSubject[] = Array.from({ length: count }, (_, i) => {
  const mentee: Mentee = {
    ...base,
    id: `НЯ-${i}`,
    role: 'mentee',
    row: i + 2,
    fio: `Участникова Анна ${i}`,
    position: 'учитель',
    category: 'молодой специалист',
    age: 25,
    isMinor: false,
    deficits: ['методика урока', 'работа с родителями', 'оценивание'],
    entryDate: null,
    wantedForm: 'учитель – учитель',
    representative: '',
    representativeConsentDate: null,
    results: '',
    endDate: null,
  };
  return {
    mentee,
    pairs: [
      {
        mentor,
        form: 'учитель – учитель',
        roleModel: 'опытный педагог – молодой специалист',
        start: new Date(2026, 9, 1),
        end: new Date(2027, 4, 31),
      },
    ],
  };
});
const settings = Settings.defaults();

let started = performance.now();
const model = buildPlansDocument(subjects, [], settings, 2026);
const modelMs = performance.now() - started;

started = performance.now();
const docx = await renderDocx(model);
const docxMs = performance.now() - started;

const calls = new CallLog();
started = performance.now();
renderGoogleDoc(new FakeDocumentApp(calls), model);
const fakeMs = performance.now() - started;

console.log(
  JSON.stringify({
    mentees: count,
    blocks: model.blocks.length,
    model_ms: Math.round(modelMs),
    docx_ms: Math.round(docxMs),
    docx_kb: Math.round(docx.length / 1024),
    documentapp_calls: calls.count(),
    calls_per_mentee: Math.round((calls.count() / count) * 10) / 10,
    fake_ms: Math.round(fakeMs),
  }),
);
