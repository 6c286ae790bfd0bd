/** Several steps of a ladder, as checkboxes: the steps a red line forbids or a linkage holds back. */
export function StepChecks({
  legend,
  steps,
  chosen,
  onChange,
}: {
  legend: string;
  steps: readonly { id: string; label: string }[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {steps.length === 0 && <span className="muted">The ladder has no steps yet.</span>}
      {steps.map((step, i) => (
        <label key={step.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(step.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, step.id] : chosen.filter((id) => id !== step.id))
            }
          />
          {i + 1}. {step.label}
        </label>
      ))}
    </fieldset>
  );
}
