import { Dexie } from 'dexie';
import type { Form } from '../core/catalog/catalogSchema.ts';
import type { BalcaoDb } from './balcaoDb.ts';

/** The newest version of a form the device holds, or undefined (an attendance copies it when it starts). */
export async function latestForm(db: BalcaoDb, formId: string): Promise<Form | undefined> {
  const stored = await db.forms.where('[id+version]').between([formId, Dexie.minKey], [formId, Dexie.maxKey]).last();
  if (!stored) return undefined;
  const { key: _key, ...form } = stored;
  return form;
}
