/**
 * Product pictures are addresses a page chose: loading one tells that server you looked. Kinlink
 * loads them only when the user turned "Show product pictures" on, only over https, and always
 * without a referrer (Thumb sets referrerPolicy="no-referrer"). Otherwise: no request at all.
 */
export function pictureSource(
  image: string | undefined,
  showPictures: boolean,
): string | undefined {
  if (!showPictures || !image) return undefined;
  return /^https:\/\/[^\s/]+/i.test(image) ? image : undefined;
}
