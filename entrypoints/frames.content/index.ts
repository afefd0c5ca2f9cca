/**
 * The frame gate: all that a sub-frame runs until it has text. The marking engine (the `content` script, with the
 * glossary) is declared for the top frame only; a sub-frame asks the background to inject it once its text reaches
 * FRAME_TEXT_MIN, so ads, buttons and trackers pay for this file alone, whatever the glossary's size.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../../platform/messages';
import { whenText } from './text';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    if (window === window.top) return;
    // Without the Custom Highlight API the engine would not start anyway.
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const stop = whenText(document, () => {
      void sendToBackground('frame-text', {}).catch(() => {
        // The extension was reloaded or updated: this frame stays unmarked until it loads again.
      });
    });
    ctx.onInvalidated(stop);
  },
});
