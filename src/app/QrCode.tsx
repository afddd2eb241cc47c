import { useId, useMemo } from 'preact/hooks';
import { encode } from 'uqr';
import { qrPath } from './qrPath.ts';

/** The light margin a reader needs around the code: 4 modules (ISO/IEC 18004, "quiet zone"). */
const QUIET_ZONE = 4;

interface QrCodeProps {
  content: string;
  /** The class that sizes it where it stands (a receipt, a guide). */
  class: string;
  'data-testid'?: string;
  /** What the code is, for screen readers and as the image's tooltip. */
  title: string;
}

/**
 * A QR code drawn as Preact's own `<svg>`: the strict CSP and Trusted Types admit no HTML from strings, so
 * uqr's `renderSVG` string cannot be used; `encode` gives the matrix and `qrPath` draws it. Error
 * correction M (15 %) because a printed slip gets creased and smudged; uqr raises it when the size allows.
 */
export function QrCode({ content, title, class: className, 'data-testid': testId }: QrCodeProps) {
  const titleId = useId();
  const { size, path } = useMemo(() => {
    const code = encode(content, { ecc: 'M', boostEcc: true, border: 0 });
    return { size: code.size, path: qrPath(code.data) };
  }, [content]);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      class={className}
      data-testid={testId}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      role="img"
      aria-labelledby={titleId}
      shape-rendering="crispEdges"
    >
      <title id={titleId}>{title}</title>
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
