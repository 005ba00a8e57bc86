import { http } from '@/shared/api/http'
import { deathCauseLabels, type DeathCause } from '@/modules/registry/api'

/** A recorded veteran's death with what its cause left to do (抚恤条例第三十二条). */
export interface RecordedDeath {
  veteranId: number
  name: string
  regionCode: string
  deathDate: string
  cause: DeathCause
  article: string
  lumpSumFen: number | null
  lumpSumBasis: string | null
  missingParameter: string | null
  /** 22 因公牺牲军人遗属 / 23 病故军人遗属, when the survivors are to be registered. */
  survivorCategory: '22' | '23' | null
  survivorsRegistered: boolean
}

export type ParameterCode = 'NATIONAL_URBAN_DISPOSABLE_INCOME' | 'SECOND_LIEUTENANT_BASE_PAY'

export const parameterLabels: Record<ParameterCode, string> = {
  NATIONAL_URBAN_DISPOSABLE_INCOME: '全国城镇居民人均可支配收入（年）',
  SECOND_LIEUTENANT_BASE_PAY: '少尉军官基本工资（月）',
}

/** A dated input of the 一次性抚恤金 formula (抚恤条例第十五条第二款) with its source. */
export interface StandardParameter {
  id: number
  code: ParameterCode
  effectiveFrom: string
  valueFen: number
  source: string
  enteredBy: string
}

export interface StandardParameterDraft {
  code: ParameterCode
  effectiveFrom: string
  valueFen: number
  source: string
}

export const survivorCategoryLabels: Record<'22' | '23', string> = {
  '22': '因公牺牲军人遗属',
  '23': '病故军人遗属',
}

export { deathCauseLabels }

export const deathApi = {
  async list(): Promise<RecordedDeath[]> {
    const { data } = await http.get<RecordedDeath[]>('/api/benefits/deaths')
    return data
  },
  async parameters(): Promise<StandardParameter[]> {
    const { data } = await http.get<StandardParameter[]>('/api/benefits/standard-parameters')
    return data
  },
  async enterParameter(body: StandardParameterDraft): Promise<StandardParameter> {
    const { data } = await http.post<StandardParameter>('/api/benefits/standard-parameters', body, {
      silent: true,
    })
    return data
  },
}
