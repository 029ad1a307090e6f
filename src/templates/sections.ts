/**
 * A report body as data: numbered sections, each a heading and a body of narrative slots
 * (paragraphs from `NoiDung`) and sentences filled with figures, in print order.
 */

import type { ReportContext } from './context';
import { narrative, paragraph } from './frame';
import type { SheetBuilder } from './layout';

/** Sentences of a section, figures filled in. */
export type Sentences = (ctx: ReportContext) => string[];

/**
 * `narrative`: the section's `NoiDung` paragraphs, or a highlighted placeholder when missing.
 * `optional narrative`: printed only when the user wrote one (sections that are figures only
 * in the seed).
 */
export type BodyPart = 'narrative' | 'optional narrative' | Sentences;

export interface Section {
  /** `I.1` … `III`: the `Mục` its narrative is typed under. */
  id: string;
  heading: (ctx: ReportContext) => string;
  /** A part (I., II.) or a numbered section (1., 2.); both bold. */
  kind: 'part' | 'section';
  body: BodyPart[];
  /** The narrative as printed, when it differs from the typed paragraphs. */
  narrativeOf?: (ctx: ReportContext) => string[] | undefined;
}

export function renderSections(b: SheetBuilder, ctx: ReportContext, sections: readonly Section[]): void {
  for (const section of sections) {
    paragraph(b, section.heading(ctx), section.kind);
    const written = section.narrativeOf ? section.narrativeOf(ctx) : ctx.narratives[section.id];
    for (const part of section.body) {
      if (part === 'narrative') narrative(b, written, section.id, ctx.report);
      else if (part === 'optional narrative') (written ?? []).filter((t) => t.trim() !== '').forEach((t) => paragraph(b, t.trim()));
      else part(ctx).forEach((text) => paragraph(b, text));
    }
  }
}
