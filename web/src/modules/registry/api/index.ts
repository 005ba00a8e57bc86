/**
 * The registry's API client, one file per area; import from here (`../api`) or from the area's file.
 */
export * from './veterans'
export * from './family'
export * from './beneficiaries'
export * from './dictionaries'
export * from './lifeEvents'
export * from './confirmation'
export * from './merge'
