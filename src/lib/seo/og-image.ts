/**
 * Renders share cards to 1200×630 PNG at build time. Satori lays the card out and turns text into
 * vector paths with a font read from node_modules (no network, no system fonts), and sharp rasterises
 * that SVG; the same card always gives the same bytes.
 *
 * Rendering costs about 30 ms a card (satori 8 ms, sharp 19 ms; resvg-js measured 23 ms for the same
 * SVG), so each distinct card is rendered once and kept in a content-addressed cache outside git:
 * the key is a hash of everything that decides the bytes (the laid-out card, the fonts, the renderer
 * versions and PNG options), so a cached file is exactly what a fresh render would give.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { ogImageSize, type OgCard } from './og-card.ts';

const palette = { background: '#ffffff', text: '#1b1d21', muted: '#4f5661', accent: '#0b57d0', band: '#d3e3fd' };
// zlib level 6, not 9: a tenth larger but well over twice as fast.
const pngOptions = { compressionLevel: 6 } as const;

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | string };
}

function node(type: string, style: Record<string, string | number>, children: (Node | string)[] | string): Node {
  return { type, props: { style, children } };
}

// Resolved from the project root so it works from Astro's bundled build chunks too.
const projectRequire = () => createRequire(join(process.cwd(), 'package.json'));

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  const file = (weight: number) => readFileSync(projectRequire().resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
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
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: ogImageSize.width,
      height: ogImageSize.height,
      boxSizing: 'border-box',
      padding: '56px 72px',
      background: palette.background,
      fontFamily: 'Inter',
      borderTop: `16px solid ${palette.accent}`,
    },
    [
      node('div', { display: 'flex', flexDirection: 'column' }, [
        node('div', { fontSize: card.title.length > 32 ? 60 : 76, fontWeight: 700, color: palette.text, lineHeight: 1.1 }, card.title),
        figure,
      ]),
      node('div', { fontSize: 30, fontWeight: 700, color: palette.accent }, card.footer),
    ],
  );
}

/** The card as SVG with every glyph as a path. */
export async function renderOgSvg(card: OgCard): Promise<string> {
  // Satori takes React-shaped elements; plain objects of that shape need no React.
  return satori(layout(card), { ...ogImageSize, fonts: loadFonts() });
}

/** The card as PNG bytes, rendered now. */
export async function renderOgPngUncached(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderOgSvg(card);
  return new Uint8Array(await sharp(Buffer.from(svg)).png(pngOptions).toBuffer());
}

let rendererFingerprint: string | undefined;

/** What, besides the card, decides the bytes: font files, renderer versions, PNG options. */
function renderer(): string {
  if (rendererFingerprint) return rendererFingerprint;
  const version = (name: string) => (JSON.parse(readFileSync(projectRequire().resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256');
  for (const font of loadFonts()) hash.update(font.data);
  // sharp.versions names sharp itself and every library it rasterises with (librsvg, libpng, zlib-ng, …).
  rendererFingerprint = JSON.stringify({ fonts: hash.digest('hex'), satori: version('satori'), sharp: sharp.versions, png: pngOptions, size: ogImageSize });
  return rendererFingerprint;
}

/** The cache key of a card: a SHA-256 of its whole layout (text, styles, sizes) and the renderer. */
export function ogCacheKey(card: OgCard): string {
  return createHash('sha256')
    .update(renderer())
    .update(JSON.stringify(layout(card)))
    .digest('hex');
}

/**
 * Where rendered cards are kept between builds: CAREER_ATLAS_OG_CACHE names a directory, or "off" to
 * render every card; by default node_modules/.cache/career-atlas/og, which git and deploys ignore.
 */
export function ogCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.CAREER_ATLAS_OG_CACHE;
  if (setting === 'off') return undefined;
  return setting || join(process.cwd(), 'node_modules', '.cache', 'career-atlas', 'og');
}

function readCached(file: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    return undefined; // Not rendered yet.
  }
}

/** The card as PNG bytes: from the cache when this exact card was rendered before, else rendered and kept. */
export async function renderOgPng(card: OgCard, cacheDirectory = ogCacheDirectory()): Promise<Uint8Array<ArrayBuffer>> {
  if (!cacheDirectory) return renderOgPngUncached(card);
  const file = join(cacheDirectory, `${ogCacheKey(card)}.png`);
  const cached = readCached(file);
  if (cached) return cached;
  const png = await renderOgPngUncached(card);
  mkdirSync(cacheDirectory, { recursive: true });
  // Written beside and renamed, so a build stopped half-way never leaves a truncated image to reuse.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
