/**
 * The offline unit's parts in printing order, as site paths in English form: the teacher's guide, then per chapter
 * its core reading, handout, activity sheet and evidence pack, then the glossary. /teach/unit/ lists them; scripts/unit-pdf.ts
 * prints them, in a locale, into one PDF.
 */
export interface UnitPart {
  kind: 'guide' | 'reading' | 'handout' | 'activity' | 'sources' | 'glossary';
  path: string;
  chapter?: string;
}

export function unitParts(chapterIds: readonly string[]): UnitPart[] {
  return [
    { kind: 'guide', path: '/teach/' },
    ...chapterIds.flatMap((id): UnitPart[] => [
      { kind: 'reading', path: `/teach/${id}/reading/`, chapter: id },
      { kind: 'handout', path: `/teach/${id}/handout/`, chapter: id },
      { kind: 'activity', path: `/teach/${id}/activity/`, chapter: id },
      { kind: 'sources', path: `/teach/${id}/sources/`, chapter: id },
    ]),
    { kind: 'glossary', path: '/glossary/' },
  ];
}
