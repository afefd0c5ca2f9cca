/**
 * The content script's engine on the reader page: one PageEngine over the pages, fed each text layer as it renders
 * (PageEngine.scanAdded), the same cards and the same next/previous commands as on web pages.
 */
import type { CommandName } from '../../platform/messages';
import { sendToBackground } from '../../platform/messages';
import type { Settings } from '../../platform/settings';
import type { UserTerm } from '../../user-terms/schema';
import type { CardEntry, MatchSurface } from '../../matching/model';
import type { EntryKind } from '../../matching/bundle';
import type { EntryType } from '../../glossary/schema';
import { CardController } from '../content/card-controller';
import { CardHost, HOST_TAG } from '../content/card-host';
import { Revealer, pageTerms, runCommand } from '../content/page-commands';
import { pageGlossary, relatedEntries, type PageGlossary } from '../content/page-glossary';
import { PauseSwitch } from '../content/pause';
import { PageEngine } from '../content/scanning';

export interface ReaderMarkOptions {
  /** The bundled glossary's file (platform/glossary-file.ts). */
  file: ArrayBuffer;
  settings: Settings;
  userTerms: readonly UserTerm[];
  marks: (entry: EntryKind) => boolean;
  highlightNames: Record<EntryType, string | undefined>;
}

export class ReaderMarks {
  readonly glossary: PageGlossary;
  readonly engine: PageEngine;
  private readonly cards: CardController;
  private readonly card: CardHost;
  private readonly related: ReturnType<typeof relatedEntries>;
  private readonly pause = new PauseSwitch();
  private readonly reveal: Revealer;
  private readonly controller = new AbortController();
  /** ms from each text layer's arrival to its marks registered, and to the frame after that, for the bench. */
  readonly layerTimes: number[] = [];
  readonly paintTimes: number[] = [];

  constructor(doc: Document, root: HTMLElement, o: ReaderMarkOptions) {
    this.glossary = pageGlossary({
      file: o.file,
      userTerms: [...o.userTerms],
      marks: o.marks,
      highlightNames: o.highlightNames,
    });
    this.engine = new PageEngine(doc, root, this.glossary, { pause: this.pause, ignoredTags: [HOST_TAG] });
    this.related = relatedEntries(this.glossary);
    this.card = new CardHost(doc, {
      ...this.related,
      loadDetails: (id) => sendToBackground('entry-details', { id }).catch(() => undefined),
      theme: o.settings.theme,
      traditionalFirst: o.settings.script === 'traditional',
    });
    this.cards = new CardController({
      doc,
      store: this.engine.store,
      card: this.card,
      glossary: this.glossary,
      dwellMs: o.settings.dwellMs,
      modifier: o.settings.modifier,
      requireModifier: o.settings.requireModifier,
      signal: this.controller.signal,
      pause: this.pause,
    });
    this.reveal = new Revealer(this.engine.store, this.glossary);
    void this.engine.start();
    (globalThis as { __cplPdf?: unknown }).__cplPdf = this;
  }

  async markLayer(layer: HTMLElement): Promise<void> {
    const t0 = performance.now();
    await this.engine.scanAdded(layer);
    this.layerTimes.push(performance.now() - t0);
    requestAnimationFrame(() => setTimeout(() => this.paintTimes.push(performance.now() - t0), 0));
  }

  command(name: CommandName): void {
    runCommand(name, this.pause, this.engine.store, this.cards);
  }

  revealNext(id: string): boolean {
    return this.reveal.next(id);
  }

  terms(): Array<{ id: string; count: number; entry?: CardEntry; surfaces?: readonly MatchSurface[] }> {
    const { entryOf } = this.related;
    return pageTerms(this.engine.store, this.glossary).map((term) => ({ ...term, entry: entryOf(term.id) }));
  }

  stop(): void {
    this.controller.abort();
    this.engine.stop();
    this.card.destroy();
  }
}
