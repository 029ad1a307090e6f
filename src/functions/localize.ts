/**
 * functions.vi.json from the generated functions.json: the same functions, ids, parameters and
 * (already Vietnamese) descriptions, with the Vietnamese names of localNames.ts. The manifest
 * points Vietnamese Excel at it through a locale Override of the functions metadata URL.
 */

interface FunctionMetadata {
  id: string;
  name: string;
}

interface Metadata {
  functions: FunctionMetadata[];
}

/** Office's rule for a function name: a letter, then letters, digits, `_` or `.`; 3 characters at least. */
const NAME_PATTERN = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

/**
 * The metadata JSON with each function's name replaced. Throws when a function has no name in
 * `names`, a name is not a valid function name or is used twice, or `names` lists an id that is
 * no function (a renamed function): the build must fail rather than ship half-localised.
 */
export function localizeMetadata(metadataJson: string, names: Readonly<Record<string, string>>): string {
  const metadata = JSON.parse(metadataJson) as Metadata;
  const ids = new Set(metadata.functions.map((f) => f.id));
  const problems: string[] = [];
  for (const f of metadata.functions) if (!names[f.id]) problems.push(`no Vietnamese name for ${f.id}`);
  for (const [id, name] of Object.entries(names)) {
    if (!ids.has(id)) problems.push(`${id} has a Vietnamese name but is no function`);
    if (!NAME_PATTERN.test(name)) problems.push(`"${name}" (${id}) is not a valid function name`);
  }
  const seen = new Map<string, string>();
  for (const [id, name] of Object.entries(names)) {
    const other = seen.get(name.toUpperCase());
    if (other) problems.push(`"${name}" names both ${other} and ${id}`);
    seen.set(name.toUpperCase(), id);
  }
  if (problems.length > 0) throw new Error(`functions.vi.json: ${problems.join('; ')}`);
  const localized = { ...metadata, functions: metadata.functions.map((f) => ({ ...f, name: names[f.id] })) };
  return JSON.stringify(localized, null, 4);
}
