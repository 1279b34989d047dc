import { z } from 'zod';
import { MAX_INCI_NAME_LENGTH, type ReferenceEntry } from './inci-names.js';

export const InciReferenceSchema = z
  .strictObject({
    // The importer skips longer names, so none is ever served.
    inciName: z.string().max(MAX_INCI_NAME_LENGTH).describe('The INCI name as CosIng spells it.'),
    casNumbers: z
      .array(z.string().max(12)) // The importer keeps only numbers matching the CAS pattern.
      .describe('Its CAS registry numbers (CosIng lists several for some names); empty when it has none.'),
    ecNumbers: z.array(z.string().max(9)).describe('Its EC (EINECS/ELINCS) numbers; empty when it has none.'),
    functions: z
      .array(z.string())
      .describe(
        'CosIng functions: regulatory labels such as `Humectant` or `Buffering`, not what it does for skin.',
      ),
  })
  .meta({
    id: 'InciReference',
    description: 'One INCI name of the EU CosIng inventory, with its CAS and EC numbers and functions.',
    example: {
      inciName: 'RETINOL',
      casNumbers: ['68-26-8'],
      ecNumbers: ['200-683-7'],
      functions: ['Skin Conditioning'],
    },
  });

// The HTTP shape and the parser's shape are one type: a compile error here means they drifted.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _referenceShapesAgree: Same<z.infer<typeof InciReferenceSchema>, ReferenceEntry> = true;
void _referenceShapesAgree;

export const InciReferenceListSchema = z
  .strictObject({
    items: z
      .array(InciReferenceSchema)
      .max(100)
      .describe('The matching INCI names of this page, in name order.'),
    nextCursor: z
      .string()
      .max(11_000) // The encoded name of the last item, which `cursor` takes back.
      .nullable()
      .describe('Pass as `cursor` for the next page; null on the last page.'),
  })
  .meta({
    id: 'InciReferenceList',
    description: 'One page of CosIng INCI names, ordered by name.',
    example: {
      items: [
        {
          inciName: 'RETINOL',
          casNumbers: ['68-26-8'],
          ecNumbers: ['200-683-7'],
          functions: ['Skin Conditioning'],
        },
      ],
      nextCursor: null,
    },
  });

export const InciReferenceQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe(
      'A CAS number (e.g. `68-26-8`) for an exact CAS lookup; otherwise the start of an INCI name, ' +
        'or words each starting a word of the name (e.g. `hyaluron sodium`). Case is ignored.',
    ),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1 to 100.'),
  cursor: z
    .string()
    .min(1)
    .max(11_000)
    .optional()
    .describe('The `nextCursor` of the previous page; omit for the first page.'),
});
export type InciReferenceQuery = z.infer<typeof InciReferenceQuerySchema>;
