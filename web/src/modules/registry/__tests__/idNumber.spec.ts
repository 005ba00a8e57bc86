import { describe, expect, it } from 'vitest'
import { checkCharacter, checkIdNumber } from '../idNumber'

const today = new Date(2026, 10, 28)

describe('checkIdNumber (GB 11643, MOD 11-2)', () => {
  it('computes check characters, including X', () => {
    expect(checkCharacter('11010519491231002')).toBe('X')
    expect(checkCharacter('44052419800101001')).toBe('3')
    expect(checkCharacter('33042119850615109')).toBe('X')
  })

  it('accepts a valid number and derives birth date and gender', () => {
    expect(checkIdNumber('11010519491231002X', today)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
    })
    expect(checkIdNumber('440524198001010013', today)).toMatchObject({
      ok: true,
      birthDate: '1980-01-01',
      gender: 'MALE',
    })
  })

  it('accepts a lower-case x', () => {
    expect(checkIdNumber('11010519491231002x', today)).toMatchObject({
      ok: true,
      normalized: '11010519491231002X',
    })
  })

  it('converts a 15-digit legacy number', () => {
    expect(checkIdNumber('110105491231002', today)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
    })
  })

  it('rejects a wrong check character', () => {
    expect(checkIdNumber('110105194912310021', today)).toEqual({
      ok: false,
      message: '身份证号校验码错误',
    })
    expect(checkIdNumber('440524198001010014', today)).toMatchObject({
      message: '身份证号校验码错误',
    })
  })

  it('rejects an impossible or future birth date', () => {
    const feb30 = '11010519490230' + '002'
    expect(checkIdNumber(feb30 + checkCharacter(feb30), today)).toEqual({
      ok: false,
      message: '身份证号出生日期无效',
    })
    const future = '11010520270101' + '002'
    expect(checkIdNumber(future + checkCharacter(future), today)).toMatchObject({
      message: '身份证号出生日期无效',
    })
    expect(checkIdNumber('110105491331002', today)).toMatchObject({
      message: '身份证号出生日期无效',
    })
  })

  it('rejects a wrong length or stray characters', () => {
    expect(checkIdNumber('1101051949123100', today)).toMatchObject({
      message: '身份证号长度应为18位',
    })
    expect(checkIdNumber('11010519491231X02X', today)).toMatchObject({
      message: '身份证号格式不正确',
    })
  })
})
