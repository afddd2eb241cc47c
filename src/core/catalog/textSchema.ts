import * as v from 'valibot';

/** A string in both of Balcão's languages: pt-PT first, English beside it. */
export const TextSchema = v.strictObject({
  pt: v.pipe(v.string(), v.trim(), v.nonEmpty('falta o texto em português')),
  en: v.pipe(v.string(), v.trim(), v.nonEmpty('missing English text')),
});
export type Text = v.InferOutput<typeof TextSchema>;
