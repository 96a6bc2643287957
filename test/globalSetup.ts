import { ensureTemplateFile } from './pgliteTemplate';

export default async function setup() {
  await ensureTemplateFile();
}
