/**
 * The reader's progress bar: a PDF downloading, opening, its first pages being read, a search through every page.
 * One `role=progressbar` whose value text says the step in words; without a known total it is indeterminate.
 */
export class Progress {
  constructor(
    private readonly el: HTMLElement,
    private readonly bar: HTMLElement,
    private readonly text: HTMLElement,
  ) {}

  /** Shows `words`, and how far along as a fraction from 0 to 1 when it is known. */
  show(words: string, fraction?: number): void {
    this.el.hidden = false;
    this.el.setAttribute('aria-valuetext', words);
    this.text.textContent = words;
    if (fraction === undefined || !Number.isFinite(fraction)) {
      this.el.removeAttribute('aria-valuenow');
      this.el.classList.add('indeterminate');
      this.bar.style.width = '';
    } else {
      const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
      this.el.setAttribute('aria-valuenow', String(percent));
      this.el.classList.remove('indeterminate');
      this.bar.style.width = `${percent}%`;
    }
  }

  hide(): void {
    this.el.hidden = true;
    this.text.textContent = '';
  }
}
