/** FLASH red, IMMEDIATE orange; PRIORITY and ROUTINE quieter (styles.css). */
export function PrecedenceBadge({ precedence }: { precedence: string }) {
  return <span className={`badge precedence precedence-${precedence.toLowerCase()}`}>{precedence}</span>;
}
