import { useId, useState } from 'react';
import { checkAmazonTrackingId, checkEbayCampaignId, type FieldCheck } from '@/lib/field-checks';
import { AMAZON_MARKETPLACES } from '@/lib/networks/amazon-data';

export type SetupRequest =
  | { networkId: 'amazon'; marketplace: string }
  | { networkId: 'ebay'; marketplace?: string };

/**
 * Set up the network that matches this shop right here, in the popup: one field, validated as
 * you type, saved with one click. Everything else lives in Settings.
 */
export function SetupInline({
  request,
  onSave,
}: {
  request: SetupRequest;
  onSave: (value: string) => Promise<void> | void;
}) {
  const id = useId();
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const check: FieldCheck =
    request.networkId === 'amazon'
      ? checkAmazonTrackingId(value, request.marketplace)
      : checkEbayCampaignId(value);
  const label =
    request.networkId === 'amazon'
      ? `Your tracking ID for ${request.marketplace}`
      : 'Your eBay Partner Network campaign ID';
  const suffix =
    request.networkId === 'amazon'
      ? (AMAZON_MARKETPLACES[request.marketplace]?.suffix ?? '20')
      : '';
  const placeholder = request.networkId === 'amazon' ? `yourname-${suffix}` : '5338000000';
  const showError = touched && check.error;
  return (
    <form
      className="setup-inline"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!check.error) void onSave(value.trim());
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          className="input"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          // biome-ignore lint/a11y/noAutofocus: the popup's main action here is typing this id
          autoFocus
          aria-invalid={showError ? true : undefined}
          aria-describedby={`${id}-msg`}
          onChange={(e) => {
            setValue(e.target.value);
            if (e.target.value.length > 2) setTouched(true);
          }}
          onBlur={() => setTouched(true)}
        />
        <span
          id={`${id}-msg`}
          className={showError ? 'field-error' : check.warning ? 'field-warning' : 'hint'}
        >
          {showError
            ? check.error
            : (check.warning ??
              'Kept in your browser settings (and your synced browsers). Change it any time in Settings.')}
        </span>
      </div>
      <button type="submit" className="btn btn-primary">
        Save and make my link
      </button>
    </form>
  );
}
