/** A registry number such as 'LONTO 0007', in the registry's fixed-width face. */
export function RegistryNumber({ number }: { number: string }) {
  return <span className="registry-number">{number}</span>;
}
