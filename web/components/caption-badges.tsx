/** EYES ONLY, READ-OUT and any other caption, one badge each. */
export function CaptionBadges({ captions }: { captions: readonly string[] }) {
  if (captions.length === 0) return null;
  return (
    <>
      {captions.map((caption) => (
        <span
          key={caption}
          className={`badge caption caption-${caption.toLowerCase().replace(/[^a-z]+/g, '-')}`}
        >
          {caption}
        </span>
      ))}
    </>
  );
}
