/**
 * Whether marking is paused on this page (the reader's toggle, Alt+Shift+L): the state's one owner. The highlighter
 * takes its marks off while paused and the card controller opens no card; both follow it through `onChange`.
 */
export class PauseSwitch {
  private value = false;
  private readonly listeners: Array<(paused: boolean) => void> = [];

  get paused(): boolean {
    return this.value;
  }

  toggle(): void {
    this.value = !this.value;
    for (const listener of this.listeners) listener(this.value);
  }

  onChange(listener: (paused: boolean) => void): void {
    this.listeners.push(listener);
  }
}
