// The app's computed fields, with the same rules as bff-mobile's (Shaping/ImageUrls.cs, Shaping/Summaries.cs).
import { GraphQLError } from 'graphql';

export const MAX_WIDTH = 4000;
export const MAX_DENSITY = 4;
export const MIN_SUMMARY = 20;
export const MAX_SUMMARY = 1000;
const ELLIPSIS = '…';

// A wrong argument is a BAD_USER_INPUT error on that field (the field is null, the rest of the answer stands).
export function inRange(name, value, min, max) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new GraphQLError(`Argument "${name}" must be between ${min} and ${max}.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: name },
    });
  }
  return value;
}

// The smallest variant of the first image at least width x density pixels wide, else the widest; null without images.
export function pickImage(product, width, density) {
  const variants = product.images?.[0]?.variants ?? [];
  if (variants.length === 0) return null;
  const needed = Math.ceil(width * density);
  let wideEnough = null;
  let widest = variants[0];
  for (const variant of variants) {
    if (variant.width >= needed && (wideEnough === null || variant.width < wideEnough.width)) wideEnough = variant;
    if (variant.width > widest.width) widest = variant;
  }
  return (wideEnough ?? widest).url;
}

// The text when it fits; else its words that fit with the ellipsis, or the first word cut hard when even that is too
// long. Never longer than maxLength.
export function cutSummary(text, maxLength) {
  text = text.trim();
  if (text.length <= maxLength) return text;
  const room = maxLength - ELLIPSIS.length;
  const end = /\s/.test(text[room]) ? room : text.lastIndexOf(' ', room - 1);
  const cut = (end > 0 ? text.slice(0, end) : text.slice(0, room)).replace(/[ ,;:\-.]+$/, '');
  return cut + ELLIPSIS;
}
