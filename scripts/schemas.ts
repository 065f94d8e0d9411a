/** npm run schemas: writes the editors' JSON Schemas to schemas/ (see src/editor-schemas/json-schemas.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorSchemas, SCHEMA_DIR } from '../src/editor-schemas/json-schemas';

const dir = join(fileURLToPath(new URL('..', import.meta.url)), SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
for (const { name, text } of editorSchemas()) writeFileSync(join(dir, name), text);
console.log(`schemas/: ${editorSchemas().length} 个 JSON Schema 已更新`);
