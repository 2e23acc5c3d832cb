/**
 * Renders share cards to 1200×630 PNG at build time. Satori lays the card out and turns text into
 * vector paths with a font read from node_modules (no network, no system fonts), and sharp rasterises
 * that SVG; the same card always gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { ogImageSize, type OgCard } from './og-card.ts';

const palette = { background: '#ffffff', text: '#1b1d21', muted: '#4f5661', accent: '#0b57d0', band: '#d3e3fd' };

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | string };
}

function node(type: string, style: Record<string, string | number>, children: (Node | string)[] | string): Node {
  return { type, props: { style, children } };
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  // Resolved from the project root so it works from Astro's bundled build chunks too.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (weight: number) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  fonts ??= [
    { name: 'Inter', data: file(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: file(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

function layout(card: OgCard): Node {
  const figure = card.figure
    ? node('div', { display: 'flex', flexDirection: 'column', background: palette.band, borderRadius: 16, padding: '28px 36px', marginTop: 36 }, [
        node('div', { fontSize: 28, color: palette.muted }, card.figure.label),
        node('div', { fontSize: 64, fontWeight: 700, color: palette.text }, card.figure.amount),
        node('div', { fontSize: 26, color: palette.text }, card.figure.region),
        node('div', { fontSize: 24, color: palette.muted, marginTop: 8 }, card.figure.source),
      ])
    : node('div', { fontSize: 34, color: palette.muted, marginTop: 36, lineHeight: 1.35 }, card.summary);
  return node(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: ogImageSize.width, height: ogImageSize.height, boxSizing: 'border-box', padding: '56px 72px', background: palette.background, fontFamily: 'Inter', borderTop: `16px solid ${palette.accent}` },
    [
      node('div', { display: 'flex', flexDirection: 'column' }, [node('div', { fontSize: card.title.length > 32 ? 60 : 76, fontWeight: 700, color: palette.text, lineHeight: 1.1 }, card.title), figure]),
      node('div', { fontSize: 30, fontWeight: 700, color: palette.accent }, card.footer),
    ],
  );
}

/** The card as SVG with every glyph as a path. */
export async function renderOgSvg(card: OgCard): Promise<string> {
  // Satori takes React-shaped elements; plain objects of that shape need no React.
  return satori(layout(card), { ...ogImageSize, fonts: loadFonts() });
}

/** The card as PNG bytes. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderOgSvg(card);
  // zlib level 6, not 9: a tenth larger but well over twice as fast, and the cards were most of a 1,000-role build.
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer());
}
