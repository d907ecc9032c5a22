import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code of the link, to show a friend in person. Drawn locally; nothing is sent anywhere. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const svg = qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [text]);
  return <img className="qr" src={src} alt={label} width={200} height={200} />;
}
