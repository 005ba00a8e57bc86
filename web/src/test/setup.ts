// async-validator (used by Element Plus forms) logs every failed rule unless this global is set.
;(globalThis as Record<string, unknown>).ASYNC_VALIDATOR_NO_WARNING = 1
