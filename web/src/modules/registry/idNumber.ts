import type { FormItemRule } from 'element-plus'
import type { Gender } from './api'

/** The result of checking a resident ID number (GB 11643) on the client. */
export type IdNumberCheck =
  | { ok: true; normalized: string; birthDate: string; gender: Gender }
  | { ok: false; message: string }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return CHECK_CHARS[sum % 11]!
}

function validDate(year: number, month: number, day: number, today: Date): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false
  const d = new Date(year, month - 1, day)
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) return false
  return d.getTime() <= today.getTime()
}

/**
 * Checks an ID number as the server does (length, digits, real birth date not in the future,
 * check character); a 15-digit legacy number is converted to 18 digits. The messages are the
 * server's. The address code is left to the server.
 */
export function checkIdNumber(value: string, today: Date = new Date()): IdNumberCheck {
  const raw = value.trim().toUpperCase()
  let id: string
  if (/^\d{15}$/.test(raw)) {
    const first17 = raw.slice(0, 6) + '19' + raw.slice(6)
    id = first17 + checkCharacter(first17)
  } else if (raw.length === 18) {
    if (!/^\d{17}[\dX]$/.test(raw)) return { ok: false, message: '身份证号格式不正确' }
    id = raw
  } else if (raw.length === 15) {
    return { ok: false, message: '身份证号格式不正确' }
  } else {
    return { ok: false, message: '身份证号长度应为18位' }
  }
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (!validDate(year, month, day, today)) return { ok: false, message: '身份证号出生日期无效' }
  if (checkCharacter(id) !== id[17]) return { ok: false, message: '身份证号校验码错误' }
  return {
    ok: true,
    normalized: id,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  }
}

/** An el-form rule for an ID number field (empty passes; add `required` if needed). */
export const idNumberRule: FormItemRule = {
  trigger: 'blur',
  validator: (_rule, value: string | null | undefined, callback) => {
    if (!value) return callback()
    const result = checkIdNumber(value)
    if (result.ok) callback()
    else callback(new Error(result.message))
  },
}
