import type { FormItemRule } from 'element-plus'

/** At least 8 characters with letters and digits, as the server requires. */
export function passwordProblem(value: string): string | null {
  if (!value || value.length < 8) return '密码至少8位'
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return '密码须同时包含字母和数字'
  return null
}

export const passwordRule: FormItemRule = {
  trigger: 'blur',
  validator: (_rule, value: string, callback) => {
    const problem = passwordProblem(value)
    if (problem) callback(new Error(problem))
    else callback()
  },
}

/** A rule that fails unless the value matches a pattern (empty passes; add `required` if needed). */
export function patternRule(pattern: RegExp, message: string): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: string | null | undefined, callback) => {
      if (!value || pattern.test(value)) callback()
      else callback(new Error(message))
    },
  }
}

/** Formats an ISO timestamp as local `YYYY-MM-DD HH:mm:ss` (empty for null). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}
