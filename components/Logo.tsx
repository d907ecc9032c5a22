/** The Kinlink mark: two linked rings on a teal tile (same drawing as the toolbar icon). */
export function Logo({ size = 20 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="120" height="120" rx="28" fill="#0d8a7f" />
      <g fill="none" strokeWidth="14" strokeLinecap="round">
        <circle cx="48" cy="64" r="24" stroke="#ffffff" />
        <circle cx="80" cy="64" r="24" stroke="#ffd9c7" />
        <path d="M 64.5 46.3 A 24 24 0 0 1 71.4 87.0" stroke="#ffffff" strokeLinecap="butt" />
      </g>
    </svg>
  );
}
