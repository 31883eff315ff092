/**
 * Show a radio's or checkbox's conditional question only when it is chosen.
 * GOV.UK Frontend's own Radios and Checkboxes modules also set aria-expanded
 * on the inputs, which ARIA does not allow on radios (axe reports it), so we
 * do the reveal here with aria-controls alone. See docs/decisions/0006.
 */
const SELECTOR = 'input[type="radio"][data-aria-controls], input[type="checkbox"][data-aria-controls]';

function sync(input: HTMLInputElement): void {
  const target = document.getElementById(input.getAttribute("aria-controls") ?? "");
  if (!target) return;
  const hiddenClass = input.type === "radio" ? "govuk-radios__conditional--hidden" : "govuk-checkboxes__conditional--hidden";
  target.classList.toggle(hiddenClass, !input.checked);
}

export function initConditionalReveals(scope: ParentNode = document): void {
  for (const input of scope.querySelectorAll<HTMLInputElement>(SELECTOR)) {
    const id = input.getAttribute("data-aria-controls");
    if (!id || !document.getElementById(id)) continue;
    input.setAttribute("aria-controls", id);
    input.removeAttribute("data-aria-controls");
    sync(input);
  }
}

function onChange(event: Event): void {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.hasAttribute("aria-controls")) return;
  if (input.type === "radio" && input.form) {
    for (const other of input.form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(input.name)}"][aria-controls]`)) sync(other);
  } else {
    sync(input);
  }
}

let listening = false;

export function listenForReveals(): void {
  if (listening) return;
  listening = true;
  document.addEventListener("change", onChange);
}
