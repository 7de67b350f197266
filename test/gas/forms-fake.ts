/**
 * A call-counting in-memory FormApp for the forms adapter, typed against its narrow API (which
 * `appsScriptForms()` proves the real FormApp satisfies). `setDestination` adds a response sheet
 * to the fake spreadsheet the way Google does: «Ответы на форму (N)», header «Отметка времени»,
 * «Адрес электронной почты» (when collected), then the item titles.
 */
import type {
  ChoiceItemApi,
  FormApi,
  FormAppApi,
  FormItemApi,
  ResponseSheetApi,
  ResponseSpreadsheetApi,
  ScaleItemApi,
  TextItemApi,
} from '../../src/gas/forms-adapter';
import type { CallLog, FakeSheet, FakeSpreadsheet } from './fakes';

export interface FakeItem {
  id: number;
  type: string;
  title: string;
  help: string;
  required: boolean;
  choices: string[];
  bounds: [number, number] | null;
  labels: [string, string] | null;
}

let nextItemId = 1000;

class FakeFormItem implements ScaleItemApi, ChoiceItemApi, TextItemApi {
  readonly data: FakeItem;
  constructor(
    private readonly calls: CallLog,
    type: string,
  ) {
    this.data = {
      id: nextItemId++,
      type,
      title: '',
      help: '',
      required: false,
      choices: [],
      bounds: null,
      labels: null,
    };
  }
  private record(method: string): this {
    this.calls.record(`${this.data.type}.${method}`);
    return this;
  }
  getId(): number {
    this.record('getId');
    return this.data.id;
  }
  getTitle(): string {
    this.record('getTitle');
    return this.data.title;
  }
  setTitle(title: string): this {
    this.data.title = title;
    return this.record('setTitle');
  }
  setHelpText(text: string): this {
    this.data.help = text;
    return this.record('setHelpText');
  }
  setRequired(enabled: boolean): this {
    this.data.required = enabled;
    return this.record('setRequired');
  }
  setBounds(lower: number, upper: number): this {
    if (lower < 0 || lower > 1 || upper < 3 || upper > 10) throw new Error('Invalid bounds');
    this.data.bounds = [lower, upper];
    return this.record('setBounds');
  }
  setLabels(lower: string, upper: string): this {
    this.data.labels = [lower, upper];
    return this.record('setLabels');
  }
  setChoiceValues(values: string[]): this {
    if (values.length === 0) throw new Error('Choices cannot be empty');
    this.data.choices = [...values];
    return this.record('setChoiceValues');
  }
}

export class FakeForm implements FormApi {
  readonly items: FakeFormItem[] = [];
  description = '';
  collectEmail = false;
  allowEdits = false;
  destination: string | null = null;
  /** Like Google since 30 June 2026: a new form is unpublished and refuses responses until setPublished(true). */
  published = false;
  /** «Принимать ответы» in the form's «Ответы» tab; a curator may switch it off by hand. */
  acceptingResponses = true;
  constructor(
    private readonly app: FakeFormApp,
    readonly id: string,
    public title: string,
  ) {}
  private record(method: string): void {
    this.app.calls.record(`Form.${method}`);
  }
  getId(): string {
    this.record('getId');
    return this.id;
  }
  getEditUrl(): string {
    this.record('getEditUrl');
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getPublishedUrl(): string {
    this.record('getPublishedUrl');
    return `https://docs.google.com/forms/d/e/pub-${this.id}/viewform`;
  }
  setDescription(description: string): FormApi {
    this.record('setDescription');
    this.description = description;
    return this;
  }
  setCollectEmail(collect: boolean): FormApi {
    this.record('setCollectEmail');
    this.collectEmail = collect;
    return this;
  }
  setAllowResponseEdits(enabled: boolean): FormApi {
    this.record('setAllowResponseEdits');
    this.allowEdits = enabled;
    return this;
  }
  private add(type: string): FakeFormItem {
    this.record(`add${type}`);
    const item = new FakeFormItem(this.app.calls, type);
    this.items.push(item);
    return item;
  }
  addScaleItem(): ScaleItemApi {
    return this.add('ScaleItem');
  }
  addMultipleChoiceItem(): ChoiceItemApi {
    return this.add('MultipleChoiceItem');
  }
  addCheckboxItem(): ChoiceItemApi {
    return this.add('CheckboxItem');
  }
  addListItem(): ChoiceItemApi {
    return this.add('ListItem');
  }
  addTextItem(): TextItemApi {
    return this.add('TextItem');
  }
  addParagraphTextItem(): TextItemApi {
    return this.add('ParagraphTextItem');
  }
  setDestination(_type: GoogleAppsScript.Forms.DestinationType, id: string): FormApi {
    this.record('setDestination');
    this.destination = id;
    this.app.linkSheet(this);
    return this;
  }
  getItems(): FormItemApi[] {
    this.record('getItems');
    return [...this.items];
  }
  /** Like Google's Form.deleteItem(item): an item no longer on the form throws. */
  deleteItem(item: FormItemApi): void {
    this.record('deleteItem');
    const index = this.items.indexOf(item as FakeFormItem);
    if (index < 0) throw new Error('The item has already been deleted.');
    this.items.splice(index, 1);
  }
  setPublished(published: boolean): FormApi {
    this.record('setPublished');
    this.published = published;
    return this;
  }
  isPublished(): boolean {
    this.record('isPublished');
    return this.published;
  }
  isAcceptingResponses(): boolean {
    this.record('isAcceptingResponses');
    return this.published && this.acceptingResponses;
  }
  /** Test helper: a respondent opens the link; throws as the form page would when it takes no answers. */
  assertAcceptsResponse(): void {
    if (!this.published) throw new Error('This form is not published: it cannot accept responses.');
    if (!this.acceptingResponses) throw new Error('This form is no longer accepting responses.');
  }
  /** Test helper: the item data in form order. */
  data(): FakeItem[] {
    return this.items.map((item) => item.data);
  }
}

export class FakeFormApp implements FormAppApi {
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' } as unknown as typeof GoogleAppsScript.Forms.DestinationType;
  readonly forms: FakeForm[] = [];
  /** Response sheet → the form's published URL (what Sheet.getFormUrl returns). */
  readonly formUrls = new Map<FakeSheet, string>();
  private responseSheets = 0;

  constructor(
    readonly calls: CallLog,
    private readonly spreadsheet: FakeSpreadsheet,
  ) {}

  create(title: string): FormApi {
    this.calls.record('FormApp.create');
    const form = new FakeForm(this, `form-${this.forms.length + 1}`, title);
    this.forms.push(form);
    return form;
  }

  openById(id: string): FormApi {
    this.calls.record('FormApp.openById');
    const form = this.forms.find((f) => f.id === id);
    if (!form) throw new Error(`No item with the given ID could be found: ${id}`);
    return form;
  }

  linkSheet(form: FakeForm): void {
    const header = [
      'Отметка времени',
      ...(form.collectEmail ? ['Адрес электронной почты'] : []),
      ...form.items.map((item) => item.data.title),
    ];
    const sheet = this.spreadsheet.addSheet(`Ответы на форму (${++this.responseSheets})`, [header]);
    this.formUrls.set(sheet, `https://docs.google.com/forms/d/${form.id}/viewform`);
  }

  /** The spreadsheet as the forms adapter sees it (adds getFormUrl/setName to the fake sheets). */
  responseSpreadsheet(): ResponseSpreadsheetApi {
    return {
      getId: () => this.spreadsheet.getId(),
      getSheets: () =>
        this.spreadsheet.getSheets().map(
          (sheet): ResponseSheetApi => ({
            getName: () => sheet.getName(),
            getFormUrl: () => {
              this.calls.record('Sheet.getFormUrl');
              return this.formUrls.get(sheet) ?? null;
            },
            setName: (name: string) => {
              this.calls.record('Sheet.setName');
              (sheet as unknown as { name: string }).name = name;
            },
          }),
        ),
    };
  }
}
