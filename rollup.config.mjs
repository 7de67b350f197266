/**
 * Apps Script bundle: src/gas/entry.ts → dist/Code.js.
 *
 * Apps Script only sees real top-level `function` declarations, so the bundle is an IIFE
 * (namespace `Nastavnik`, nothing else leaks) followed by one delegating top-level function
 * per export of the entry module. TypeScript is transpiled by esbuild (TypeScript 7 has no JS
 * API); `tsc --noEmit` type-checks separately. appsscript.json is copied next to the bundle.
 */
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

const NAMESPACE = 'Nastavnik';
const ENTRY = 'src/gas/entry.ts';

/** Transpiles .ts modules with esbuild (types stripped, no bundling: rollup resolves imports). */
function esbuildTypeScript() {
  return {
    name: 'esbuild-typescript',
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const base = new URL(source, `file://${importer}`).pathname;
      for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
        const resolved = await this.resolve(candidate, importer, { skipSelf: true });
        if (resolved) return resolved;
      }
      return null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2020',
        format: 'esm',
        sourcefile: id,
        sourcemap: false,
        // Keep Cyrillic as is: escaped as \uXXXX it doubles the bundle and is unreadable in the editor.
        charset: 'utf8',
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: false } },
      });
      return { code: result.code, map: null };
    },
  };
}

/** Appends `function X() { return Nastavnik.X.apply(this, arguments); }` for each entry export. */
function appsScriptEntryPoints() {
  return {
    name: 'apps-script-entry-points',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const exported = [...chunk.exports].sort();
        const functions = exported.map(
          (name) => `function ${name}() {\n  return ${NAMESPACE}.${name}.apply(this, arguments);\n}`,
        );
        chunk.code += `\n// Apps Script entry points (exports of ${ENTRY})\n${functions.join('\n')}\n`;
      }
    },
  };
}

/** Copies the manifest into dist/ (clasp pushes rootDir, which must hold appsscript.json). */
function copyManifest() {
  return {
    name: 'copy-manifest',
    async generateBundle() {
      this.addWatchFile('appsscript.json');
      const source = await readFile('appsscript.json', 'utf8');
      JSON.parse(source);
      this.emitFile({ type: 'asset', fileName: 'appsscript.json', source });
    },
  };
}

export default {
  input: ENTRY,
  treeshake: { moduleSideEffects: false },
  plugins: [esbuildTypeScript(), appsScriptEntryPoints(), copyManifest()],
  // Apps Script has no modules: an unresolved import would become a missing global at run time.
  onwarn(warning, warn) {
    if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_GLOBAL_NAME') {
      throw new Error(`${warning.message} — src/gas and src/core may import only relative TypeScript files.`);
    }
    warn(warning);
  },
  output: {
    file: 'dist/Code.js',
    format: 'iife',
    name: NAMESPACE,
    strict: true,
    banner: '/* Наставник — Google Sheets add-on. Built file: edit src/, then `npm run build`. */',
  },
};
