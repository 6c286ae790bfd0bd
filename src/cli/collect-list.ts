/** An option given several times, each a comma separated list, as one list: `--to a,b --to c` is [a, b, c]. */
export const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];
