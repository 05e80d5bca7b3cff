// The custom functions metadata rules (learn.microsoft.com, "Manually create JSON metadata for custom
// functions in Excel" and "Autogenerate JSON metadata for custom functions"), checked on functions.json
// as the build generates it. Excel refuses to register a file that breaks them, and says little.

export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
    result: { type?: string; dimensionality?: string };
    options?: Record<string, unknown>;
  }[];
}

const DIMENSIONALITIES = ["scalar", "matrix"] as const;
const TYPES = ["boolean", "number", "string", "any"] as const;
/** "name ... Maximum length: 128 characters" (the JSON metadata reference). */
const nameCharacters = 128;

/**
 * Every way the metadata breaks the rules, as readable sentences; empty when it is sound. `production`
 * also refuses help URLs on localhost, which a published add-in must not carry.
 */
export function functionsMetadataProblems(metadata: FunctionsMetadata, options: { production: boolean }): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const fn of metadata.functions) {
    const label = `function ${fn.id}`;
    // "id: ... can only contain alphanumeric characters and periods."
    if (!/^[A-Za-z0-9.]+$/.test(fn.id)) problems.push(`${label}: the id may hold only letters, numbers and periods`);
    if (ids.has(fn.id.toUpperCase())) problems.push(`${label}: the id is used twice`);
    ids.add(fn.id.toUpperCase());
    // "name: ... must start with a letter ... letters, numbers, periods and underscores."
    if (!/^[A-Za-z][A-Za-z0-9._]*$/.test(fn.name) || fn.name.length > nameCharacters) problems.push(`${label}: the name "${fn.name}" must start with a letter and hold only letters, numbers, periods and underscores (at most ${nameCharacters})`);
    if (names.has(fn.name.toUpperCase())) problems.push(`${label}: the name ${fn.name} is used twice`);
    names.add(fn.name.toUpperCase());
    if (fn.helpUrl !== undefined && !fn.helpUrl.startsWith("https://")) problems.push(`${label}: the help URL ${fn.helpUrl} is not https`);
    if (options.production && fn.helpUrl !== undefined && /\/\/(localhost|127\.0\.0\.1)[:/]/.test(fn.helpUrl)) problems.push(`${label}: the help URL ${fn.helpUrl} points at localhost in a production build`);
    const parameterNames = new Set<string>();
    let optionalSeen: string | null = null;
    fn.parameters.forEach((parameter, index) => {
      const where = `${label}, parameter ${parameter.name}`;
      if (parameterNames.has(parameter.name)) problems.push(`${where}: the name is used twice`);
      parameterNames.add(parameter.name);
      // Optional (and repeating) parameters come after every required one.
      if (parameter.optional === true || parameter.repeating === true) optionalSeen ??= parameter.name;
      else if (optionalSeen !== null) problems.push(`${where}: a required parameter after the optional ${optionalSeen}`);
      if (parameter.repeating === true && index !== fn.parameters.length - 1) problems.push(`${where}: a repeating parameter must be the last`);
      if (parameter.dimensionality !== undefined && !(DIMENSIONALITIES as readonly string[]).includes(parameter.dimensionality)) problems.push(`${where}: dimensionality "${parameter.dimensionality}" is not scalar or matrix`);
      if (parameter.type !== undefined && !(TYPES as readonly string[]).includes(parameter.type)) problems.push(`${where}: type "${parameter.type}" is not boolean, number, string or any`);
    });
    if (fn.result.dimensionality !== undefined && !(DIMENSIONALITIES as readonly string[]).includes(fn.result.dimensionality)) problems.push(`${label}: result dimensionality "${fn.result.dimensionality}" is not scalar or matrix`);
  }
  return problems;
}
