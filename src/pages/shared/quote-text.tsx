// A highlight's quote inside quotation marks, unless its text brings its own (own-quote-marks.ts).
import { hasOwnQuoteMarks } from './own-quote-marks';

export function QuoteText({ text }: { text: string }) {
  return <q class={hasOwnQuoteMarks(text) ? 'own-marks' : undefined}>{text}</q>;
}
