import { setupWorkbook } from '../../core/usecases/setup-workbook';
import { type LocalEnv, type LocalEnvOptions, localEnv } from '../local-env';
import { XlsxWorkbook } from '../xlsx-workbook';
import { type DemoData, type DemoOptions, generateDemo } from './generate';
import { type FillReport, fillDemoWorkbook } from './generate-fill';

export interface DemoWorkbook {
  env: LocalEnv;
  data: DemoData;
  report: FillReport;
}

/** A new workbook prepared by «Подготовить таблицу» and filled with generated participants. */
export function generateDemoWorkbook(options: DemoOptions, envOptions: LocalEnvOptions = {}): DemoWorkbook {
  const env = localEnv(XlsxWorkbook.create(), envOptions);
  setupWorkbook(env);
  const data = generateDemo(options);
  env.progress.report(`Заполняю базы (строк: ${data.mentors.length + data.mentees.length})`);
  const report = fillDemoWorkbook(env.workbook, data);
  return { env, data, report };
}
