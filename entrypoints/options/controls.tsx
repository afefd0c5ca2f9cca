/** Labelled form controls shared by the options page's sections. */
import type { ComponentChildren } from 'preact';

/** A labelled select over a fixed set of values. */
export function Choice<V extends string>(props: {
  id: string;
  label: string;
  value: V;
  options: Array<[V, string]>;
  onChange: (value: V) => void;
}) {
  return (
    <div class="cpl-row">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as V)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A checkbox with its label and an optional hint that describes it. */
export function Check(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="cpl-field">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
      />
      <div>
        <label for={props.id}>{props.label}</label>
        {props.hint ? (
          <p id={`${props.id}-hint`} class="cpl-hint">
            {props.hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A group of controls under a legend (a fieldset, so screen readers announce the group's name). */
export function Group(props: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="cpl-group">
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
