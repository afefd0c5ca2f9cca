/**
 * The bundled matcher and the user's terms' matcher as one (see `MatcherUnion`).
 */
import { MatchList, toMatches } from './match-list';
import type { Match, TextMatcher } from './matcher';
import { joinLists, type SurfaceList } from './model';

/**
 * The bundled glossary and the user's own terms as one matcher: two automatons (the bundled one is prebuilt at build
 * time, the user's is built at run time because it changes without a rebuild), one index space (the second
 * matcher's surfaces follow the first's; its entries were numbered after the first's when it was compiled), and one
 * leftmost-longest selection over both, so a user's longer name wins over a bundled one inside it and the reverse.
 * On an exact tie the user's term wins: they added it on purpose.
 */
export class MatcherUnion implements TextMatcher {
  readonly surfaces: SurfaceList;
  private readonly offset: number;
  private readonly mine = new MatchList();
  private readonly theirs = new MatchList();
  private readonly list = new MatchList();

  constructor(
    private readonly base: TextMatcher,
    private readonly extra: TextMatcher,
  ) {
    this.offset = base.surfaces.length;
    this.surfaces = joinLists(base.surfaces, extra.surfaces);
  }

  match(text: string): Match[] {
    this.scan([text], 1, this.list);
    return toMatches(this.list);
  }

  scan(parts: readonly string[], count: number, out: MatchList): void {
    const mine = this.mine;
    this.extra.scan(parts, count, mine);
    // The usual case, a text without the user's terms, costs one extra pass of the small automaton and nothing else.
    if (!mine.count) return this.base.scan(parts, count, out);
    const theirs = this.theirs;
    this.base.scan(parts, count, theirs);
    // Both lists are already leftmost-longest; merge them by start, longest first, the user's first on a tie.
    const all: Array<[number, number, number, number, number, number]> = [];
    for (let i = 0; i < mine.count; i++)
      all.push([mine.start[i], mine.end[i], mine.surface[i] + this.offset, mine.entry[i], 0, mine.flags[i]]);
    for (let i = 0; i < theirs.count; i++)
      all.push([theirs.start[i], theirs.end[i], theirs.surface[i], theirs.entry[i], 1, theirs.flags[i]]);
    all.sort((a, b) => a[0] - b[0] || b[1] - a[1] || a[4] - b[4]);
    out.count = 0;
    let reached = 0;
    for (const [start, end, surface, entry, , flags] of all) {
      if (start < reached) continue;
      out.push(start, end, surface, entry);
      out.setFlags(out.count - 1, flags);
      reached = end;
    }
  }
}
