/**
 * FormsPort over Apps Script's FormApp. Creating a form costs a few calls per item; linking its
 * responses costs a few calls per sheet of the spreadsheet; reading the current item titles is
 * one call per item — never anything per response.
 *
 * FormApp facts this relies on (reference: developers.google.com/apps-script/reference/forms):
 * - `Form.setDestination(FormApp.DestinationType.SPREADSHEET, id)` makes Google add a new response
 *   sheet («Ответы на форму (1)» / «Form Responses 1», by the owner's language) to that spreadsheet;
 *   the sheet appears after `SpreadsheetApp.flush()`; `Sheet.getFormUrl()` of that sheet names the form.
 * - `ScaleItem.setBounds(lower, upper)` accepts lower 0–1 and upper 3–10; `setLabels(lower, upper)`.
 * - `Item.getId()` is stable for the life of the form, whatever the curator renames.
 * - `Form.deleteItem(item)` removes an item and throws if it is already gone.
 * - Forms created after 30 June 2026 start unpublished and accept no responses until
 *   `setPublished(true)` (Forms API «api-changes-to-google-forms»; guides/publish-form shows
 *   `setPublished`, `isPublished`, `isAcceptingResponses`). @types/google-apps-script 2.0.13
 *   lacks them, so FormApi declares them here.
 */
import type {
  BuiltForm,
  FormAcceptance,
  FormItemInfo,
  FormItemSpec,
  FormSpec,
  FormsPort,
} from '../core/survey/forms-port';

export interface FormItemApi {
  getId(): number;
  getTitle(): string;
}

interface QuestionApi<Self> extends FormItemApi {
  setTitle(title: string): Self;
  setHelpText(text: string): Self;
  setRequired(enabled: boolean): Self;
}

export interface ScaleItemApi extends QuestionApi<ScaleItemApi> {
  setBounds(lower: number, upper: number): ScaleItemApi;
  setLabels(lower: string, upper: string): ScaleItemApi;
}

export interface ChoiceItemApi extends QuestionApi<ChoiceItemApi> {
  setChoiceValues(values: string[]): ChoiceItemApi;
}

export type TextItemApi = QuestionApi<TextItemApi>;

export interface FormApi {
  getId(): string;
  getEditUrl(): string;
  getPublishedUrl(): string;
  setDescription(description: string): FormApi;
  setCollectEmail(collect: boolean): FormApi;
  setAllowResponseEdits(enabled: boolean): FormApi;
  addScaleItem(): ScaleItemApi;
  addMultipleChoiceItem(): ChoiceItemApi;
  addCheckboxItem(): ChoiceItemApi;
  addListItem(): ChoiceItemApi;
  addTextItem(): TextItemApi;
  addParagraphTextItem(): TextItemApi;
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): FormApi;
  getItems(): FormItemApi[];
  /** Throws if the item was already deleted. */
  deleteItem(item: FormItemApi): void;
  setPublished(published: boolean): FormApi;
  isPublished(): boolean;
  isAcceptingResponses(): boolean;
}

export interface FormAppApi {
  DestinationType: typeof GoogleAppsScript.Forms.DestinationType;
  create(title: string): FormApi;
  openById(id: string): FormApi;
}

export interface ResponseSheetApi {
  getName(): string;
  getFormUrl(): string | null;
  setName(name: string): unknown;
}

export interface ResponseSpreadsheetApi {
  getId(): string;
  getSheets(): ResponseSheetApi[];
}

export class FormAppForms implements FormsPort {
  constructor(
    private readonly formApp: FormAppApi,
    private readonly spreadsheet: ResponseSpreadsheetApi,
    private readonly flush: () => void,
  ) {}

  startForm(title: string): string {
    return this.formApp.create(title).getId();
  }

  buildForm(formId: string, spec: FormSpec, sheetName: string): BuiltForm {
    const form = this.formApp.openById(formId);
    const linked = this.linkedSheet(formId);
    const itemIds: Record<string, string> = {};
    let responseSheet: string;
    if (linked) {
      // Items are all added before the form is linked: a linked form is complete, its items in spec order.
      form.getItems().forEach((item, i) => {
        const code = spec.items[i]?.code;
        if (code) itemIds[String(item.getId())] = code;
      });
      responseSheet = this.nameResponseSheet(linked, sheetName);
    } else {
      // An interrupted run may have left some items, the last one half-set: start the items afresh.
      for (const item of form.getItems()) form.deleteItem(item);
      form.setDescription(spec.description).setCollectEmail(spec.collectEmail).setAllowResponseEdits(spec.allowEdits);
      for (const item of spec.items) {
        const created = addItem(form, item);
        itemIds[String(created.getId())] = item.code;
      }
      responseSheet = this.linkResponses(form, formId, sheetName);
    }
    // Without this a new form refuses every response (forms start unpublished since 30 June 2026).
    form.setPublished(true);
    return {
      id: formId,
      editUrl: form.getEditUrl(),
      publishedUrl: form.getPublishedUrl(),
      itemIds,
      accepting: form.isAcceptingResponses(),
      responseSheet,
    };
  }

  acceptance(formId: string): FormAcceptance | null {
    let form: FormApi;
    try {
      form = this.formApp.openById(formId);
    } catch {
      return null;
    }
    if (!form.isPublished()) return 'unpublished';
    return form.isAcceptingResponses() ? 'accepting' : 'closed';
  }

  /** The response sheet of this spreadsheet that the form already sends its answers to. */
  private linkedSheet(formId: string): ResponseSheetApi | undefined {
    return this.spreadsheet.getSheets().find((sheet) => (sheet.getFormUrl() ?? '').includes(formId));
  }

  private linkResponses(form: FormApi, formId: string, sheetName: string): string {
    const before = new Set(this.spreadsheet.getSheets().map((sheet) => sheet.getName()));
    form.setDestination(this.formApp.DestinationType.SPREADSHEET, this.spreadsheet.getId());
    this.flush();
    const sheets = this.spreadsheet.getSheets();
    const linked =
      sheets.find((sheet) => (sheet.getFormUrl() ?? '').includes(formId)) ??
      sheets.find((sheet) => !before.has(sheet.getName()));
    if (!linked)
      throw new Error('Google не создал лист ответов формы: откройте форму, вкладка «Ответы» → «Связать с Таблицами»');
    return this.nameResponseSheet(linked, sheetName);
  }

  private nameResponseSheet(linked: ResponseSheetApi, sheetName: string): string {
    const taken = new Set(this.spreadsheet.getSheets().map((sheet) => sheet.getName()));
    let name = sheetName;
    for (let n = 2; taken.has(name) && name !== linked.getName(); n++) name = `${sheetName} (${n})`;
    if (name !== linked.getName()) linked.setName(name);
    return name;
  }

  currentItems(formId: string): FormItemInfo[] | null {
    let form: FormApi;
    try {
      form = this.formApp.openById(formId);
    } catch {
      return null;
    }
    return form.getItems().map((item) => ({ id: String(item.getId()), title: item.getTitle() }));
  }
}

function addItem(form: FormApi, item: FormItemSpec): FormItemApi {
  switch (item.kind) {
    case 'scale': {
      const scale = form.addScaleItem().setTitle(item.title).setRequired(item.required).setBounds(item.low, item.high);
      scale.setLabels(`${item.low} – ${item.lowLabel}`, `${item.high} – ${item.highLabel}`);
      if (item.help) scale.setHelpText(item.help);
      return scale;
    }
    case 'choice':
    case 'checkbox':
    case 'list': {
      const added =
        item.kind === 'choice'
          ? form.addMultipleChoiceItem()
          : item.kind === 'checkbox'
            ? form.addCheckboxItem()
            : form.addListItem();
      const choice = added.setTitle(item.title).setChoiceValues(item.choices).setRequired(item.required);
      if (item.help) choice.setHelpText(item.help);
      return choice;
    }
    case 'text':
    case 'paragraph': {
      const text = (item.kind === 'text' ? form.addTextItem() : form.addParagraphTextItem())
        .setTitle(item.title)
        .setRequired(item.required);
      if (item.help) text.setHelpText(item.help);
      return text;
    }
  }
}

/** The real services (only inside Apps Script). The assignments prove the narrow types match the real API. */
export function appsScriptForms(): FormAppForms {
  // The real FormApp plus the publishing methods its typings lack (see the header).
  const formApp = FormApp as unknown as FormAppApi;
  const spreadsheet: ResponseSpreadsheetApi | null = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Нет открытой таблицы');
  return new FormAppForms(formApp, spreadsheet, () => SpreadsheetApp.flush());
}

/**
 * The forms port of every Apps Script Env: FormApp is touched only when a method is called, so
 * building the Env costs nothing and needs no forms authorization until a form is created.
 */
export function lazyAppsScriptForms(): FormsPort {
  let port: FormAppForms | null = null;
  const get = () => {
    port ??= appsScriptForms();
    return port;
  };
  return {
    startForm: (title) => get().startForm(title),
    buildForm: (formId, spec, sheetName) => get().buildForm(formId, spec, sheetName),
    currentItems: (formId) => get().currentItems(formId),
    acceptance: (formId) => get().acceptance(formId),
  };
}
