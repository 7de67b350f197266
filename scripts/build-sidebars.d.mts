export function escapeInlineScript(js: string): string;
export function escapeInlineStyle(css: string): string;
export function inlineHtml(template: string, css: string, js: string): string;
export function sidebarNames(): string[];
export function buildSidebar(name: string): Promise<string>;
