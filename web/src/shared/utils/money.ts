/**
 * Money crosses the API as integer fen (分) and is shown as yuan (元) with two decimals; the
 * conversion is done on digits, never through a floating-point multiplication (0.29 × 100 is
 * 28.999…).
 */

/** `123456` → `"1,234.56"` (`grouping: false` → `"1234.56"`); null/undefined → `""`. */
export function formatYuan(
  fen: number | null | undefined,
  options: { grouping?: boolean } = {},
): string {
  if (fen == null || !Number.isFinite(fen)) return ''
  const negative = fen < 0
  const abs = Math.abs(Math.trunc(fen))
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  const whole = options.grouping === false ? String(yuan) : groupThousands(String(yuan))
  return `${negative ? '-' : ''}${whole}.${cents}`
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * Reads what a user typed as yuan into fen: `"1,234.5"` → `123450`, `"¥12"` → `1200`,
 * `" 0.07 "` → `7`. Null for anything that is not an amount with at most two decimals
 * (`""`, `"1.234"`, `"abc"`, `"1e3"`). A leading `-` is allowed only with `allowNegative`.
 */
export function parseYuan(
  text: string | number | null | undefined,
  options: { allowNegative?: boolean } = {},
): number | null {
  if (text == null) return null
  const cleaned = String(text)
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '')
    .trim()
  const match = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned)
  if (!match) return null
  const [, sign, whole, decimals = ''] = match
  if (sign && !options.allowNegative) return null
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'))
  if (!Number.isSafeInteger(fen)) return null
  return sign && fen !== 0 ? -fen : fen
}

/** A form rule for an amount in yuan (empty passes; add `required` where it is needed). */
export const yuanRule = {
  trigger: 'blur',
  validator: (_rule: unknown, value: string | null | undefined, callback: (e?: Error) => void) => {
    if (value == null || String(value).trim() === '' || parseYuan(value) != null) callback()
    else callback(new Error('请输入金额（元），最多两位小数'))
  },
}
