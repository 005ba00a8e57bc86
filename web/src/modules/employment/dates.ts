/** Today in Asia/Shanghai as YYYY-MM-DD, the day the server counts in. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())
}
