/** `--name value` pairs over defaults; numbers stay numbers. Unknown names are an error that lists the known ones. */
export function parseArgs<T extends Record<string, string | number>>(
  argv: readonly string[],
  defaults: T,
  positional?: keyof T,
): T {
  const out: Record<string, string | number> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      if (positional === undefined)
        throw new Error(
          `unexpected argument "${arg}"; options: ${Object.keys(defaults)
            .map((k) => `--${k}`)
            .join(', ')}`,
        );
      out[positional as string] = arg;
      continue;
    }
    const name = arg.slice(2);
    if (!(name in defaults))
      throw new Error(
        `unknown option --${name}; options: ${Object.keys(defaults)
          .map((k) => `--${k}`)
          .join(', ')}`,
      );
    const value = argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (typeof defaults[name] === 'number') {
      const n = Number(value.replace(/_/g, ''));
      if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got "${value}"`);
      out[name] = n;
    } else out[name] = value;
  }
  return out as T;
}
