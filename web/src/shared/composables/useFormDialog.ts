import { nextTick, ref, watch } from 'vue'
import { ElMessage, type FormInstance } from 'element-plus'
import {
  asSubmission,
  fieldErrors,
  isSettled,
  newSubmissionKey,
  problemMessage,
} from '@/shared/api/http'

export interface FormDialogOptions<TRequest, TResponse> {
  /** Whether the dialog is open (usually `() => props.modelValue`); opening it resets the form. */
  visible: () => boolean
  /** Fills the form model for this opening (blank for create, from the entity for edit). */
  reset?: () => void
  /** Reset at once if the dialog is already open when it is created (default true). */
  immediate?: boolean
  /** False when there is nothing to submit yet (e.g. no user chosen); submit() does nothing. */
  ready?: () => boolean
  /** Builds the request body from the validated form (trimmed values etc.). */
  request: () => TRequest
  /** Sends the request (the API call should be `silent`: errors are shown in the dialog). */
  send: (request: TRequest) => Promise<TResponse>
  /** The toast after a successful save, e.g. `() => (editing.value ? '已保存' : '已新增')`. */
  successMessage: string | (() => string)
  /** The banner text when the server's answer carries no detail. */
  errorMessage?: string
  /** Called with the server's answer before the dialog closes (emit `saved` here). */
  onSaved?: (response: TResponse) => void
  /** Closes the dialog (usually `emit('update:modelValue', false)`). */
  close: () => void
}

/**
 * The submit logic every create/edit dialog shares: reset when opened, validate, call the API
 * once at a time, toast, hand the answer to the parent and close; on failure map the problem's
 * `errors[]` onto the form items (`serverErrors`) and show its detail in a banner (`error`).
 * A POST is sent with an Idempotency-Key, reused when the user retries after no answer, so a
 * save that reached the server before the network failed is not made twice.
 *
 * ```vue
 * const { formRef, serverErrors, error, saving, submit } = useFormDialog({ ... })
 * <el-form ref="formRef" ...><el-form-item :error="serverErrors.name" ...>
 * ```
 */
export function useFormDialog<TRequest, TResponse>(
  options: FormDialogOptions<TRequest, TResponse>,
) {
  const formRef = ref<FormInstance>()
  const serverErrors = ref<Record<string, string>>({})
  const error = ref('')
  const saving = ref(false)
  // One Idempotency-Key per submission: new when the dialog opens and after an answer,
  // kept for a retry whose first attempt got none (the server then returns its result).
  let submissionKey = newSubmissionKey()

  function clearErrors() {
    serverErrors.value = {}
    error.value = ''
  }

  watch(
    options.visible,
    async (open) => {
      if (!open) return
      submissionKey = newSubmissionKey()
      options.reset?.()
      clearErrors()
      await nextTick()
      formRef.value?.clearValidate()
    },
    { immediate: options.immediate ?? true },
  )

  async function submit(): Promise<void> {
    if (saving.value || options.ready?.() === false) return
    clearErrors()
    const valid = await formRef.value?.validate().catch(() => false)
    if (!valid) return
    saving.value = true
    try {
      const response = await options.send(asSubmission(options.request(), submissionKey))
      submissionKey = newSubmissionKey()
      const message =
        typeof options.successMessage === 'function'
          ? options.successMessage()
          : options.successMessage
      ElMessage.success(message)
      options.onSaved?.(response)
      options.close()
    } catch (e) {
      if (isSettled(e)) submissionKey = newSubmissionKey()
      serverErrors.value = fieldErrors(e)
      error.value = problemMessage(e, options.errorMessage ?? '保存失败')
    } finally {
      saving.value = false
    }
  }

  return { formRef, serverErrors, error, saving, submit }
}
