/**
 * A whole-number field as every widget shows one: label, a text input that
 * opens the numeric keyboard, and its inline error, tied together for screen
 * readers. The widget parses the text (input/numbers.ts) and says what is wrong.
 */
interface Props {
  id: string;
  label: string;
  text: string;
  /** The message while the text is not a valid count; nothing when it is. */
  error: string | undefined;
  onText(text: string): void;
  /** Leaving the field settles its value (a history entry). */
  onBlur?(): void;
  /** `block` (a form row, the default) or `inline` (an add-on's quantity, with its unit). */
  layout?: 'block' | 'inline';
  unit?: string;
}

export default function CountField({ id, label, text, error, onText, onBlur, layout = 'block', unit }: Props) {
  const errorId = `${id}-error`;
  const input = (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={text}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={error ? errorId : undefined}
      onInput={(e) => onText(e.currentTarget.value)}
      onBlur={onBlur}
    />
  );
  if (layout === 'inline') {
    return (
      <span class="quantity">
        <label for={id}>{label}</label>
        {input}
        {unit && <span>{unit}</span>}
        {error && (
          <span id={errorId} class="field-error">
            {error}
          </span>
        )}
      </span>
    );
  }
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {input}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
