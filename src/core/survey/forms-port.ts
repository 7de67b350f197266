/**
 * The forms service as the core sees it (Google Forms in Apps Script). Offline there is no such
 * service: the CLI prints questionnaires as DOCX and imports exported answers instead.
 * Cost rule: each method is a constant number of service calls per item, never per response.
 */

export type FormItemSpec =
  | {
      code: string;
      kind: 'scale';
      title: string;
      help?: string;
      required: boolean;
      low: number;
      high: number;
      lowLabel: string;
      highLabel: string;
    }
  | {
      code: string;
      kind: 'choice' | 'checkbox' | 'list';
      title: string;
      help?: string;
      required: boolean;
      choices: string[];
    }
  | { code: string; kind: 'text' | 'paragraph'; title: string; help?: string; required: boolean };

export interface FormSpec {
  title: string;
  description: string;
  /** Ask Google to record the respondent's e-mail (identifies participants). */
  collectEmail: boolean;
  /** Let respondents edit their answer (the import replaces the earlier version). */
  allowEdits: boolean;
  items: FormItemSpec[];
}

export interface CreatedForm {
  id: string;
  editUrl: string;
  publishedUrl: string;
  /** Forms item id → template item code, in form order. */
  itemIds: Record<string, string>;
  /** Whether the form takes responses now (it was published after creation). */
  accepting: boolean;
}

/** Whether a form takes responses: published and open, published but closed by hand, or never published. */
export type FormAcceptance = 'accepting' | 'closed' | 'unpublished';

export interface FormItemInfo {
  id: string;
  title: string;
}

export interface FormsPort {
  /**
   * Creates an empty form (unpublished, no items) and returns its id — one call, so that the
   * caller can register the id before anything else happens: a run killed later finds the form
   * in the register and completes it with `buildForm` instead of creating another.
   */
  startForm(title: string): string;
  /**
   * Completes a started form: its settings and items in order (replacing any an interrupted run
   * left half-made), its responses sent to this spreadsheet on `sheetName` (or a free variant of
   * it), published. Safe to repeat on the same form: a form already linked keeps its items and
   * its response sheet.
   */
  buildForm(formId: string, spec: FormSpec, sheetName: string): BuiltForm;
  /** The form's current items (titles may have been edited by the curator); null if the form is gone. */
  currentItems(formId: string): FormItemInfo[] | null;
  /** Whether the form accepts responses; null if the form is gone. */
  acceptance(formId: string): FormAcceptance | null;
}

export interface BuiltForm extends CreatedForm {
  /** The name of its response sheet in this spreadsheet. */
  responseSheet: string;
}
